package org.cgtatlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.ingest.clinicaltrials.TrialImporter;
import org.cgtatlas.testing.RunningApp;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Trials screen in the whole app when the stored data changes under it (a re-import, a restore). */
class TrialsScreenTest {

    @RegisterExtension
    final RunningApp running = RunningApp.startedByTheTest();

    private final FxRobot robot = new FxRobot();

    @Test
    void aReloadKeepsTheChosenFiltersAndClearFiltersShowsEveryBoxByItsName() throws Exception {
        openTrialsOnTheModernSample();
        ComboBox<String> country = box("#trialsCountry");
        robot.interact(() -> country.setValue("KR"));
        assertThat(shownText("#trialsCountry")).isEqualTo("KR South Korea");

        // A second export brings new countries, phases and years: every box gets new choices.
        running.app().services().trialImporter().importFile(Samples.of("ctgov-api-v2-100.json"), Progress.NONE);
        reload();
        reload();

        assertThat(country.getValue()).isEqualTo("KR");
        assertThat(robot.lookup("#trialsCount").queryAs(Label.class).getText()).startsWith("16 of 1");
        assertThat(shownText("#trialsCountry")).isEqualTo("KR South Korea");

        robot.interact(() -> robot.lookup(".trials-filters .button").queryAllAs(Button.class).stream()
                .filter(button -> button.getText().equals("Clear filters")).findFirst().orElseThrow().fire());
        for (String id : new String[] {"#trialsCountry", "#trialsPhase", "#trialsStatus", "#trialsSponsorType",
                "#trialsStartYear"}) {
            assertThat(shownText(id)).as(id).endsWith(": Any");
        }
    }

    @Test
    void aModalitySetByHandIsShownOnTheSameTrialAfterTheReload() throws Exception {
        openTrialsOnTheModernSample();
        TableView<ClassifiedTrial> table = robot.lookup("#trialsTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        String id = table.getSelectionModel().getSelectedItem().trial().nctId();

        running.app().services().trialOverrides().set(id, "CAR_T", "Checked by hand");
        reload();

        assertThat(table.getSelectionModel().getSelectedItem().trial().nctId()).isEqualTo(id);
        assertThat(robot.lookup("#trialModality").queryAs(Label.class).getText()).isEqualTo("CAR-T (set by hand)");
        assertThat(robot.lookup("#trialClassificationReason").queryAs(Label.class).getText()).contains("Checked by hand");
        assertThat(robot.lookup("#trialRemoveOverride").query().isVisible()).isTrue();
    }

    /** What a re-import or a restore does once it has written: the screens reload. */
    private void reload() throws Exception {
        WaitForAsyncUtils.asyncFx(running.app().services().dataRevision()::changed).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !WaitForAsyncUtils.asyncFx(running.app()::busy).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> box(String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    /** What the closed box shows: the text of its button cell. */
    private String shownText(String id) {
        return box(id).getChildrenUnmodifiable().stream().filter(ListCell.class::isInstance).map(ListCell.class::cast)
                .findFirst().orElseThrow().getText();
    }

    /** Starts the app on a data folder holding the modern sample's 1,000 trials and opens the Trials screen. */
    private void openTrialsOnTheModernSample() throws Exception {
        try (Database database = Database.open(running.dataFolder())) {
            TrialImporter.standard(database).importFile(Samples.of("ctgov-modern-1000.csv"), Progress.NONE);
        }
        running.start();
        robot.clickOn("#nav-trials");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#trialsCount").queryAs(Label.class).getText().contains("trials shown"));
    }
}
