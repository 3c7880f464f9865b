package org.cgtatlas.feature.trials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.ingest.clinicaltrials.TrialImporter;
import org.cgtatlas.testing.RunningApp;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Trials screen in the whole application, headless: empty at first, then after importing the sample exports. */
class TrialsViewTest {


    @RegisterExtension
    final RunningApp running = RunningApp.startedByTheTest();

    private final FxRobot robot = new FxRobot();

    private void startApp() throws Exception {
        running.start();
        robot.clickOn("#nav-trials");
        waitUntil(() -> robot.lookup("#trialsCount").queryAs(Label.class).getText().contains("trials shown")
                || robot.lookup("#trialsEmpty").query().isVisible());
    }

    /** Waits for background work to show its result; the bound only keeps a broken build from hanging. */
    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void withNothingImportedTheScreenSaysHowToImport() throws Exception {
        startApp();

        Node empty = robot.lookup("#trialsEmpty").query();
        assertThat(empty.isVisible()).isTrue();
        assertThat(robot.lookup("#trialsEmpty .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("No trials imported yet")
                .anySatisfy(text -> assertThat(text).contains("File ▸ Import"));
    }

    @Test
    void afterImportingTheSamplesTheTableFiltersChartsAndExplains() throws Exception {
        try (Database database = Database.open(running.dataFolder())) {
            TrialImporter importer = TrialImporter.standard(database);
            importer.importFile(Samples.of("ctgov-modern-1000.csv"), Progress.NONE);
            importer.importFile(Samples.of("ctgov-api-v2-100.json"), Progress.NONE);
        }
        startApp();

        assertThat(robot.lookup("#trialsEmpty").query().isVisible()).isFalse();
        @SuppressWarnings("unchecked")
        TableView<ClassifiedTrial> table = robot.lookup("#trialsTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1100);

        @SuppressWarnings("unchecked")
        ComboBox<String> country = robot.lookup("#trialsCountry").queryAs(ComboBox.class);
        robot.interact(() -> country.setValue("KR"));
        assertThat(table.getItems()).hasSize(12 + 4);
        assertThat(robot.lookup("#trialsCount").queryAs(Label.class).getText()).matches("16 of 1\\D?100 trials shown");

        robot.interact(() -> country.setValue("CN"));
        @SuppressWarnings("unchecked")
        ComboBox<String> modality = robot.lookup("#trialsModality").queryAs(ComboBox.class);
        robot.interact(() -> modality.setValue(TrialFilter.ALL_CGT));
        List<ClassifiedTrial> cgtInChina = new ArrayList<>(table.getItems());
        assertThat(cgtInChina).isNotEmpty().allSatisfy(trial -> {
            assertThat(trial.classification().isCgt()).isTrue();
            assertThat(trial.trial().countryCodes()).contains("CN");
        });
        StackedBarChart<?, ?> byModality = robot.lookup("#trialsByModality").queryAs(StackedBarChart.class);
        long charted = byModality.getData().stream().flatMap(series -> series.getData().stream())
                .filter(point -> point.getXValue().equals("CN")).mapToLong(point -> ((Number) point.getYValue()).longValue()).sum();
        assertThat(charted).isEqualTo(cgtInChina.size());

        robot.interact(() -> table.getSelectionModel().select(0));
        ClassifiedTrial selected = table.getItems().get(0);
        waitUntil(() -> robot.lookup(".trial-raw").queryAs(javafx.scene.control.TextArea.class).getText()
                .contains(selected.trial().nctId()));
        assertThat(robot.lookup("#trialModality").queryAs(Label.class).getText())
                .isEqualTo(selected.classification().modality().label());
        assertThat(robot.lookup("#trialClassificationReason").queryAs(Label.class).getText())
                .contains("Rule " + selected.classification().ruleId() + " matched");
        assertThat(robot.lookup("#trialLink").queryAs(Hyperlink.class).getText()).startsWith(selected.trial().nctId());
    }
}
