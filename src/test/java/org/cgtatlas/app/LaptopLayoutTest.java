package org.cgtatlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.feature.trials.TrialImportDialogs;
import org.cgtatlas.ingest.ImportOutcome;
import org.cgtatlas.ingest.clinicaltrials.TrialImporter;
import org.cgtatlas.testing.LayoutAudit;
import org.cgtatlas.testing.RunningApp;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen, the forms and the Ctrl+K results on a laptop: 1024×700 and 1366×768 at 100 %, and both at 125 %
 * scaling, where the layout gets 1/1.25 of the pixels (819×560 and 1093×614). Nothing may be cut or lie outside the
 * window (see {@link LayoutAudit}).
 */
class LaptopLayoutTest {

    private static final String[] SCREENS = {"dashboard", "countries", "pipeline", "timeline", "trials", "sources"};

    @RegisterExtension
    final RunningApp running = RunningApp.startedByTheTest();

    private final FxRobot robot = new FxRobot();
    private final List<String> offenders = new ArrayList<>();

    @Test
    void everyScreenFitsEveryLaptopSize() throws Exception {
        startWithTrials();
        // Largest first: Monocle cannot grow a window's pixel buffer.
        for (double[] size : new double[][] {{1366, 768}, {1024, 700}, {1366 / 1.25, 768 / 1.25}, {1024 / 1.25, 700 / 1.25}}) {
            resize(size[0], size[1]);
            for (String screen : SCREENS) {
                show(screen);
                audit(String.format(Locale.ROOT, "%s at %.0f×%.0f", screen, size[0], size[1]), running.stage());
            }
        }

        assertThat(offenders).isEmpty();
    }

    @Test
    void theTrialsFiltersTakeAtMostTwoRowsAt1024By700() throws Exception {
        startWithTrials();
        resize(1024, 700);
        show("trials");

        FlowPane filters = robot.lookup(".trials-filters").queryAs(FlowPane.class);
        double row = filters.getChildren().stream().filter(Node::isManaged).mapToDouble(node -> node.getLayoutBounds().getHeight())
                .max().orElseThrow();
        double height = filters.getHeight() - filters.snappedTopInset() - filters.snappedBottomInset();
        assertThat(height).as("the Trials filters at 1024×700 take at most two rows")
                .isLessThanOrEqualTo(2 * row + filters.getVgap() + 0.5);
        audit("trials at 1024×700", running.stage());
        assertThat(offenders).isEmpty();
    }

    @Test
    void theFormsAndTheSearchResultsFitA1024By700Window() throws Exception {
        running.start();
        resize(1024, 700);

        show("timeline");
        robot.clickOn("#timeline-add");
        auditDialog("Add event", "#timeline-event-form");

        show("pipeline");
        robot.clickOn("#pipelineAddProgramme");
        auditDialog("Add programme", "#pipelineForm");
        robot.interact(() -> robot.lookup("#pipelineOrganizationMenu").queryAs(MenuButton.class).getItems().get(0).fire());
        auditDialog("Add organisation", "#organizationForm");

        TextField search = robot.lookup("#globalSearch").queryAs(TextField.class);
        robot.clickOn(search).write("cell");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#searchResults").tryQuery().isPresent());
        ListView<?> results = robot.lookup("#searchResults").queryAs(ListView.class);
        audit("Ctrl+K results", results.getScene().getWindow());

        assertThat(offenders).isEmpty();
    }

    @Test
    void theImportSummaryWrapsWithinA1024By700Window() throws Exception {
        running.start();
        resize(1024, 700);
        ImportOutcome outcome = running.app().services().fileImporter().importFile(Samples.of("ictrp-csv-2020-927.csv"),
                Progress.NONE);
        assertThat(outcome.summaryLines()).anyMatch(line -> line.length() > 100);

        robot.interact(() -> TrialImportDialogs.showSummary(running.stage(), outcome));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#importSummary").tryQuery().isPresent());
        audit("Import summary", robot.lookup("#importSummary").query().getScene().getWindow());

        assertThat(offenders).isEmpty();
    }

    private void startWithTrials() throws Exception {
        try (Database database = Database.open(running.dataFolder())) {
            TrialImporter.standard(database).importFile(Samples.of("ctgov-api-v2-100.json"), Progress.NONE);
        }
        running.start();
    }

    private void resize(double width, double height) {
        Stage stage = running.stage();
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a screen and selects its first row, so that the detail pane shows too. */
    private void show(String screen) throws Exception {
        robot.clickOn("#nav-" + screen);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#screen-" + screen).tryQuery().isPresent());
        String table = switch (screen) {
            case "pipeline" -> "#pipelineTable";
            case "trials" -> "#trialsTable";
            case "timeline" -> "#timeline-table";
            default -> null;
        };
        if (table != null) {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(table).tryQuery()
                    .map(node -> !((TableView<?>) node).getItems().isEmpty()).orElse(false));
            robot.interact(() -> robot.lookup(table).queryAs(TableView.class).getSelectionModel().select(0));
        }
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void auditDialog(String name, String paneId) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(paneId).tryQuery().isPresent());
        DialogPane pane = robot.lookup(paneId).queryAs(DialogPane.class);
        audit(name, pane.getScene().getWindow());
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.CANCEL)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void audit(String where, Window window) {
        robot.interact(() -> {
            List<String> found = window == running.stage()
                    ? LayoutAudit.of(window.getScene())
                    : LayoutAudit.ofWindow(window, running.stage());
            found.forEach(offender -> offenders.add(where + ": " + offender));
        });
    }
}
