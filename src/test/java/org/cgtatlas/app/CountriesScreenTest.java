package org.cgtatlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.cgtatlas.data.DatasetRepository.WriteMode;
import org.cgtatlas.domain.ChangeCause;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.FieldChange;
import org.cgtatlas.domain.RecordChange;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.landscape.countries.ComparisonRowKind;
import org.cgtatlas.landscape.countries.Landscapes;
import org.cgtatlas.landscape.countries.MetricText;
import org.cgtatlas.testing.RunningApp;
import org.cgtatlas.testing.ScrollIntoView;
import org.cgtatlas.ui.navigation.ScreenId;
import org.cgtatlas.ui.text.SymbolAwareText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Countries screen in the whole app, on the bundled dataset. */
class CountriesScreenTest {

    @RegisterExtension
    final RunningApp running = RunningApp.startedForEachTest();

    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startApp() throws Exception {
        FxToolkit.setupStage(Stage::toFront);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-" + ScreenId.COUNTRIES.name().toLowerCase(java.util.Locale.ROOT));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#cell-APPROVED_PRODUCTS-JP").tryQuery().isPresent());
    }

    @Test
    void theTableShowsEveryReportedFigureAsTheDatasetWordsIt() {
        Dataset dataset = Landscapes.bundledDataset();
        int checked = 0;
        for (CountryMetric metric : dataset.metrics()) {
            Optional<ComparisonRowKind> row = Arrays.stream(ComparisonRowKind.values())
                    .filter(kind -> kind.metric() == metric.kind()).findFirst();
            if (row.isPresent()) {
                assertThat(cellText(row.get(), metric.countryCode()))
                        .as(metric.id()).startsWith(MetricText.value(metric));
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
        assertThat(cellText(ComparisonRowKind.APPROVED_PRODUCTS, "TW")).isEqualTo("—");
    }

    @Test
    void clickingJapansApprovalsShowsTheCitationAndShowSourceOpensIt() {
        robot.clickOn("#cell-APPROVED_PRODUCTS-JP");
        WaitForAsyncUtils.waitForFxEvents();
        CountryMetric japan = Landscapes.bundledDataset().metrics().stream()
                .filter(metric -> metric.id().equals("met-jp-approved-cgt-products-2025-01")).findFirst().orElseThrow();
        String quote = japan.citations().get(0).quote();
        assertThat(robot.lookup(".evidence-citation .symbol-aware-text").queryAllAs(SymbolAwareText.class))
                .extracting(SymbolAwareText::getText)
                .anySatisfy(text -> assertThat(text).contains(quote));

        robot.clickOn(robot.lookup(".show-source-button").queryAll().iterator().next());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#screen-sources").tryQuery()).isPresent();
        assertThat(robot.lookup("#screen-sources").query().isVisible()).isTrue();
    }

    @Test
    void aFiguresHistoryListsItsChangeFieldByField() throws Exception {
        AppServices services = running.app().services();
        Dataset stored = services.datasets().load();
        CountryMetric japan = stored.metrics().stream()
                .filter(metric -> metric.id().equals("met-jp-approved-cgt-products-2025-01")).findFirst().orElseThrow();
        CountryMetric revised = new CountryMetric(japan.id(), japan.countryCode(), japan.kind(), japan.value(),
                japan.valueHigh(), japan.qualifier(), japan.wording(), japan.unit(), japan.asOf(), "Recounted after the 2025 approvals",
                japan.about(), japan.citations(), japan.provenance(), japan.inferred());
        List<CountryMetric> metrics = new ArrayList<>(stored.metrics());
        metrics.set(metrics.indexOf(japan), revised);
        services.datasets().write(new Dataset(stored.format(), stored.formatVersion(), stored.datasetVersion(), stored.asOf(),
                stored.sources(), stored.countries(), stored.organizations(), metrics, stored.milestones(),
                stored.pipelineListings(), stored.programmes(), stored.events(), stored.people()), WriteMode.IMPORT);
        Node before = robot.lookup("#cell-APPROVED_PRODUCTS-JP").query();
        robot.interact(() -> services.dataRevision().changed());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, 
                () -> robot.lookup("#cell-APPROVED_PRODUCTS-JP").tryQuery().filter(cell -> cell != before).isPresent());

        robot.clickOn("#cell-APPROVED_PRODUCTS-JP");
        WaitForAsyncUtils.waitForFxEvents();
        Button history = robot.lookup("#metricHistory-" + japan.id()).queryButton();
        assertThat(history.isFocusTraversable()).as("reachable from the keyboard").isTrue();
        robot.clickOn(history);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#historyFields").tryQuery().isPresent());

        @SuppressWarnings("unchecked")
        TableView<RecordChange> changes = robot.lookup("#historyChanges").queryAs(TableView.class);
        assertThat(changes.getItems()).first().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(RecordKind.METRIC);
            assertThat(change.cause()).isEqualTo(ChangeCause.DATASET_IMPORT);
        });
        @SuppressWarnings("unchecked")
        TableView<FieldChange> fields = robot.lookup("#historyFields").queryAs(TableView.class);
        assertThat(fields.getItems()).containsExactly(
                new FieldChange("note", japan.note() == null ? "" : japan.note(), "Recounted after the 2025 approvals"));
        assertThat(fields.getColumns().get(0).getCellData(0)).isEqualTo("Note");
        assertThat(robot.lookup("#historyRevert").tryQuery()).as("the Countries screen has no Undo").isEmpty();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aProgrammeBarOpensThePipeline() {
        Node bar = robot.lookup("#bar-programmes-CAR_T-CN").query();
        robot.interact(() -> ScrollIntoView.reveal(bar));
        robot.clickOn(bar);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#screen-pipeline").tryQuery()).isPresent();
    }

    @Test
    void clickingAColumnHeaderShowsThatCountrysProfile() {
        robot.clickOn("#country-header-KR");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#country-profile-title").queryAs(Label.class).getText()).contains("South Korea", "대한민국");
    }

    @Test
    void aHiddenColumnStaysHiddenAfterARestart() throws Exception {
        robot.clickOn("#countries-columns");
        robot.clickOn(robot.lookup(".menu-item").match(node -> node.lookup(".label") instanceof Label label
                && "Taiwan".equals(label.getText())).queryAll().iterator().next());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#country-header-TW").tryQuery()).isEmpty();

        running.quit();
        assertThat(Files.readString(running.dataFolder().resolve(AppServices.SETTINGS_FILE))).contains("countries.hiddenColumns=TW");
        running.startAgain();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#cell-APPROVED_PRODUCTS-JP").tryQuery().isPresent());
        assertThat(robot.lookup("#country-header-TW").tryQuery()).isEmpty();
        assertThat(robot.lookup("#countries-columns").queryAs(MenuButton.class).getItems()).hasSize(4);
    }

    private String cellText(ComparisonRowKind row, String countryCode) {
        Node cell = robot.lookup("#cell-" + row.name() + "-" + countryCode).query();
        return ((Label) ((VBox) cell).getChildren().get(0)).getText();
    }
}
