package org.cgtatlas.ui.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.cgtatlas.domain.Briefing;
import org.cgtatlas.export.briefing.ListedBriefing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The Briefings dialog: newest first as given, Open and Show in folder only for a file still there, Enter opens. */
class BriefingsDialogTest {

    private static final Path NEWER = Path.of("/reports/japan.pdf").toAbsolutePath();
    private static final Path OLDER = Path.of("/reports/all.pdf").toAbsolutePath();

    private final FxRobot robot = new FxRobot();
    private final List<String> opened = new ArrayList<>();
    private Stage owner;

    @BeforeEach
    void stage() throws Exception {
        owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(StackPane::new);
    }

    @Test
    void aFileStillThereOpensAndAMissingOneSaysSo() {
        Alert[] shown = new Alert[1];
        robot.interact(() -> {
            shown[0] = BriefingsDialog.build(owner, List.of(listed(2, NEWER, ListedBriefing.FileState.PRESENT),
                    listed(1, OLDER, ListedBriefing.FileState.MISSING)), opened::add);
            shown[0].show();
        });
        @SuppressWarnings("unchecked")
        TableView<ListedBriefing> table = (TableView<ListedBriefing>) shown[0].getDialogPane().lookup("#briefingsTable");
        Button open = (Button) shown[0].getDialogPane().lookup("#briefingOpen");
        Button folder = (Button) shown[0].getDialogPane().lookup("#briefingShowInFolder");

        assertThat(table.getItems()).extracting(listed -> listed.briefing().id()).containsExactly(2L, 1L);
        assertThat(table.getColumns().get(4).getCellData(1)).isEqualTo("all.pdf — file moved or deleted");
        assertThat(table.getColumns().get(4).getCellData(0)).isEqualTo("japan.pdf");
        assertThat(table.getColumns().get(2).getCellData(0)).isEqualTo("overview, trials");
        assertThat(table.isFocused()).as("the list has the keyboard").isTrue();
        assertThat(open.isDisabled()).isFalse();

        robot.type(KeyCode.ENTER);
        robot.interact(folder::fire);
        assertThat(opened).containsExactly(NEWER.toUri().toString(), NEWER.getParent().toUri().toString());

        robot.type(KeyCode.DOWN);
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(open.isDisabled()).isTrue();
        assertThat(folder.isDisabled()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(opened).as("a moved file is not opened").hasSize(2);
        robot.interact(shown[0]::close);
    }

    private static ListedBriefing listed(long id, Path file, ListedBriefing.FileState state) {
        return new ListedBriefing(new Briefing(id, Instant.parse("2026-12-0" + id + "T09:00:00Z"), "analyst",
                "East Asia Cell & Gene Therapy Snapshot", "{}", List.of("overview", "trials"), 7, file.toString(),
                "0".repeat(64), 4), state);
    }
}
