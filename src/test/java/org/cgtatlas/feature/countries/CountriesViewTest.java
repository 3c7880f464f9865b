package org.cgtatlas.feature.countries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.cgtatlas.core.concurrent.TaskRunner;
import org.cgtatlas.core.settings.SettingsStore;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.countries.ComparisonRowKind;
import org.cgtatlas.landscape.countries.CountedTrials;
import org.cgtatlas.landscape.countries.CountryComparison;
import org.cgtatlas.landscape.countries.Landscapes;
import org.cgtatlas.testing.RecordingNavigator;
import org.cgtatlas.testing.ScrollIntoView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Countries screen on its own, with a recording navigator. */
class CountriesViewTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final List<Throwable> backgroundFailures = new CopyOnWriteArrayList<>();
    private final TaskRunner tasks = new TaskRunner(backgroundFailures::add);
    private CountriesController controller;

    private final RecordingNavigator navigator = new RecordingNavigator();

    @BeforeEach
    void showScreen() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            CountriesModel model = new CountriesModel();
            controller = new CountriesController(model, tasks, null,
                    SettingsStore.load(folder.resolve("settings.properties")), navigator, null);
            Parent root = (Parent) new CountriesView(model, controller).root();
            Landscape data = Landscapes.bundled();
            controller.show(data, CountryComparison.of(data, Optional.of(new CountedTrials(Map.of("JP", 212),
                    Map.of("JP", Map.of(Modality.CAR_T, 80)), LocalDate.of(2026, 11, 20)))));
            return root;
        });
        FxToolkit.setupStage(stage -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        assertThat(backgroundFailures).as("background work that failed").isEmpty();
        tasks.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void barsDrillDownToThePipelineAndTheTimeline() {
        click("#bar-programmes-CAR_T-CN");
        click("#bar-trials-CAR_T_TRIALS-CN");
        click("#bar-approvals-JP");

        assertThat(navigator.calls()).containsExactly("pipeline CN CAR_T", "timeline CN", "pipeline JP null");
    }

    @Test
    void barsHeadersAndCellsOpenFromTheKeyboardAsOnAClick() {
        for (String bar : List.of("#bar-programmes-CAR_T-CN", "#bar-trials-CAR_T_TRIALS-CN", "#bar-approvals-JP")) {
            Node node = robot.lookup(bar).query();
            assertThat(node.isFocusTraversable()).as(bar + " is reached with Tab").isTrue();
            robot.interact(node::requestFocus);
            robot.type(KeyCode.ENTER);
        }
        assertThat(navigator.calls()).containsExactly("pipeline CN CAR_T", "timeline CN", "pipeline JP null");

        Node header = robot.lookup("#country-header-KR").query();
        robot.interact(header::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#country-header-KR").query().getPseudoClassStates())
                .as("Space on a country's header selects it").extracting(Object::toString).contains("selected");
    }

    @Test
    void countedRowsStandNextToTheReportedFigures() {
        Node counted = robot.lookup("#cell-COUNTED_TRIALS-JP").query();

        assertThat(((Label) ((VBox) counted).getChildren().get(0)).getText()).isEqualTo("212");
        assertThat(robot.lookup(".comparison-row-label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("CGT trials counted from registry data (imported 2026-11-20)", "Ongoing CGT trials (reported)");
    }

    @Test
    void showSourceInACountryProfileOpensThePassage() {
        Node link = robot.lookup(".profile-source-link").query();
        click(link);

        assertThat(navigator.calls()).anyMatch(call -> call.startsWith("source "));
    }

    @Test
    void theRowChooserHidesAndReordersRows() {
        robot.clickOn("#countries-rows");
        WaitForAsyncUtils.waitForFxEvents();
        Node firstCheckBox = robot.lookup("#row-chooser-list .check-box").query();
        robot.clickOn(firstCheckBox);
        org.controlsfx.control.CheckListView<ComparisonRowKind> list = robot.lookup("#row-chooser-list").query();
        robot.interact(() -> list.getSelectionModel().select(ComparisonRowKind.EVENTS));
        robot.clickOn("#row-up");
        robot.clickOn(robot.lookup(".button").match(node -> node instanceof javafx.scene.control.Button button
                && "OK".equals(button.getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> labels = robot.lookup(".comparison-row-label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(labels).doesNotContain(ComparisonRowKind.APPROVED_PRODUCTS.label());
        assertThat(labels.indexOf(ComparisonRowKind.EVENTS.label()))
                .isLessThan(labels.indexOf(ComparisonRowKind.PIPELINE_COMPANIES.label()));
        assertThat(robot.lookup("#cell-APPROVED_PRODUCTS-JP").tryQuery()).isEmpty();
    }

    /** After an import the window shows the Trials screen, so the Countries screen is updated while it is hidden. */
    @Test
    void chartsUpdatedWhileTheScreenIsHiddenKeepTheirBarsAndLegend() {
        Scene scene = robot.lookup("#chart-programmes").query().getScene();
        Parent screen = scene.getRoot();
        robot.interact(() -> {
            scene.setRoot(new Pane());
            Landscape data = Landscapes.bundled();
            controller.show(data, CountryComparison.of(data, Optional.of(new CountedTrials(Map.of("CN", 5, "JP", 212),
                    Map.of("CN", Map.of(Modality.CAR_T, 3)), LocalDate.of(2026, 12, 3)))));
        });
        robot.interact(() -> scene.setRoot(screen));
        WaitForAsyncUtils.waitForFxEvents();

        XYChart<?, ?> programmes = robot.lookup("#chart-programmes").queryAs(XYChart.class);
        assertThat(((NumberAxis) programmes.getYAxis()).getUpperBound()).isGreaterThan(0);
        assertThat(robot.lookup("#chart-programmes .chart-bar").queryAll()).isNotEmpty();
        XYChart<?, ?> trials = robot.lookup("#chart-trials").queryAs(XYChart.class);
        assertThat(robot.lookup(".comparison-legend-item").queryAllAs(Label.class)).filteredOn(Node::isVisible)
                .extracting(Label::getText)
                .containsAll(trials.getData().stream().map(XYChart.Series::getName).toList())
                .anySatisfy(name -> assertThat(name).startsWith("CGT trials counted"));
    }

    private void click(String query) {
        click(robot.lookup(query).query());
    }

    private void click(Node node) {
        robot.interact(() -> ScrollIntoView.reveal(node));
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
