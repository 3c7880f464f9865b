package org.cgtatlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hansolo.tilesfx.Tile;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.RecordIds;
import org.cgtatlas.domain.RecordOrigin;
import org.cgtatlas.landscape.countries.Landscapes;
import org.cgtatlas.testing.RunningApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Dashboard (the home screen) in the whole app, on the bundled dataset. */
class DashboardScreenTest {

    @RegisterExtension
    final RunningApp running = RunningApp.startedForEachTest();

    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startApp() throws Exception {
        FxToolkit.setupStage(Stage::toFront);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#tile-programmes").tryQuery().isPresent());
    }

    @Test
    void theProgrammeTileFollowsADataChangeWithoutARestart() throws Exception {
        int bundled = Landscapes.bundledDataset().programmes().size();
        assertThat(programmeTile().getValue()).isEqualTo(bundled);

        Programme added = new Programme(RecordIds.newUserId("prog"), "Test programme", "org-astellas", "JP", Modality.CAR_T,
                null, null, null, null, List.of(), null, List.of(), Provenance.editedNowBy(RecordOrigin.USER, "tester"));
        running.app().services().database().inTransaction(connection -> {
            running.app().services().programmes().upsert(connection, added);
            return null;
        });
        robot.interact(() -> running.app().services().dataRevision().changed());

        // Looked up on the FX thread: a lookup from the test's thread can fall between the tiles' removal and re-adding.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup("#tile-programmes")
                .tryQuery().map(tile -> ((Tile) tile).getValue() == bundled + 1).orElse(false)).get());
        assertThat(programmeTile().getValue()).isEqualTo(bundled + 1);
    }

    @Test
    void aCountryTileOpensTheCountriesScreenWithThatCountrySelected() throws Exception {
        robot.clickOn("#tile-country-KR");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#country-profile-title").tryQuery()
                .map(node -> ((Label) node).getText().contains("South Korea")).orElse(false));

        assertThat(robot.lookup("#screen-countries").query().isVisible()).isTrue();
    }

    @Test
    void theModalityMixTileOpensThePipeline() {
        robot.clickOn("#tile-mix");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#screen-pipeline").tryQuery()).isPresent();
    }

    @Test
    void tilesTakeTheirColoursFromTheTheme() throws Exception {
        assertThat(programmeTile().getBackgroundColor().getBrightness()).isGreaterThan(0.8);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> programmeTile().getBackgroundColor().getBrightness() < 0.3);

        assertThat(programmeTile().getValueColor().getBrightness()).isGreaterThan(0.8);
    }

    private Tile programmeTile() {
        return robot.lookup("#tile-programmes").queryAs(Tile.class);
    }
}
