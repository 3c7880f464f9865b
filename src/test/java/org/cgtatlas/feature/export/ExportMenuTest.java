package org.cgtatlas.feature.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.TimeUnit;
import javafx.print.Printer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.export.pdf.ReportSection;
import org.cgtatlas.testing.RunningApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The File menu's export and print shortcuts in the running app, headless. */
class ExportMenuTest {

    @RegisterExtension
    final RunningApp running = RunningApp.startedForEachTest();

    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startApp() throws Exception {
        assertThat(running.stage().isShowing()).isTrue();
    }

    @Test
    void exportSnapshotAsksWhichSectionsAndNeedsAtLeastOne() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".snapshot-dialog").tryQuery().isPresent());
        for (ReportSection section : ReportSection.values()) {
            assertThat(robot.lookup("#section-" + section.shortName()).queryAs(CheckBox.class).isSelected()).isTrue();
        }
        DialogPane pane = robot.lookup(".snapshot-dialog").queryAs(DialogPane.class);
        Node export = robot.lookup(Messages.get("export.dialog.export")).queryAs(Button.class);
        for (ReportSection section : ReportSection.values()) {
            robot.clickOn("#section-" + section.shortName());
        }
        assertThat(export.isDisabled()).isTrue();
        robot.clickOn("#section-" + ReportSection.PIPELINE.shortName());
        assertThat(export.isDisabled()).isFalse();
        robot.clickOn(pane.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".snapshot-dialog").tryQuery()).isEmpty();
    }

    @Test
    void printWithoutAPrinterSaysSoAndPointsToThePdf() {
        assumeTrue(Printer.getDefaultPrinter() == null, "this machine has a printer");
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane alert = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(alert.getContentText())
                .isEqualTo("No printer is installed on this computer. Use File ▸ Export snapshot… to save a PDF instead.");
        robot.clickOn(alert.lookupButton(ButtonType.OK));
    }
}
