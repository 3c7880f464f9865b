package org.cgtatlas.feature.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.Inference;
import org.cgtatlas.domain.RecordIds;
import org.cgtatlas.ui.navigation.SearchHit;
import org.cgtatlas.landscape.pipeline.PipelineColumn;
import org.cgtatlas.landscape.pipeline.PipelineRow;
import org.cgtatlas.landscape.pipeline.PipelineSort;
import org.cgtatlas.landscape.pipeline.SortKey;
import org.cgtatlas.testing.RunningApp;
import org.cgtatlas.testing.ScrollIntoView;
import org.cgtatlas.ui.navigation.SearchHit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;

/** The Pipeline screen in the whole app, started headless on a temporary data folder. */
class PipelineScreenTest {

    @RegisterExtension
    final RunningApp running = RunningApp.startedForEachTest();

    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startApp() throws Exception {
        showPipeline();
    }

    private void showPipeline() throws Exception {
        robot.clickOn("#nav-pipeline");
        waitUntil(() -> !table().getItems().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private TableView<PipelineRow> table() {
        return robot.lookup("#pipelineTable").queryAs(TableView.class);
    }

    private String count() {
        return robot.lookup("#pipelineCount").queryAs(Label.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void filterBy(String text) throws Exception {
        robot.clickOn("#pipelineFilterText").write(text);
        waitUntil(() -> table().getItems().stream().allMatch(row -> row.searchText().contains(text))
                && count().startsWith(table().getItems().stream().filter(row -> !row.isListing()).count() + " of "));
    }

    private String errors() {
        return robot.lookup("#formErrors").queryAs(Label.class).getText();
    }

    private void selectFirstRow() {
        robot.interact(() -> table().getSelectionModel().select(0));
    }

    @Test
    void anInferredValueCarriesAFocusableMarkerWithItsReason() throws Exception {
        filterBy("zolgensma");
        selectFirstRow();
        waitUntil(() -> robot.lookup("#pipelineDetail .inference-marker").tryQuery().isPresent());
        assertThat(robot.lookup("#pipelineDetail .inference-marker").queryAllAs(Label.class))
                .anySatisfy(marker -> assertThat(marker.getAccessibleText()).contains("expanded from 'SMA'"))
                .allSatisfy(marker -> assertThat(marker.isFocusTraversable()).isTrue());
    }

    @Test
    void anInferredValueIsMarkedInItsTableCellWithTheReasonOnHoverAndForScreenReaders() throws Exception {
        filterBy("zolgensma");
        waitUntil(() -> robot.lookup("#pipelineTable .inference-marker-cell").tryQuery().isPresent());
        Label marker = robot.lookup("#pipelineTable .inference-marker-cell").queryAllAs(Label.class).stream()
                .filter(mark -> mark.getAccessibleText().contains("expanded from 'SMA'")).findFirst().orElseThrow();
        assertThat(marker.getText()).isEqualTo(Inference.SIGN);
        TableCell<?, ?> cell = (TableCell<?, ?>) marker.getParent();
        assertThat(cell.getText()).isEqualTo("Spinal muscular atrophy (SMA)");
        assertThat(cell.getTooltip().getText()).contains("expanded from 'SMA'");
        assertThat(cell.getAccessibleText()).startsWith("Spinal muscular atrophy").contains("expanded from 'SMA'");
    }

    @Test
    void typingInTheFilterNarrowsTheTableAndTheCountAndTheChipRemovesIt() throws Exception {
        int total = table().getItems().size();
        long companies = table().getItems().stream().filter(PipelineRow::isListing).count();
        long programmes = total - companies;
        assertThat(companies).as("the bundled data lists companies without a named programme").isPositive();
        assertThat(count()).as("rows are not all programmes").isEqualTo(programmes + " of " + programmes + " programmes · "
                + companies + " of " + companies + " companies without a named programme");

        filterBy("cartistem");

        assertThat(table().getItems()).extracting(PipelineRow::programmeName).containsExactly("Cartistem®");
        assertThat(count()).isEqualTo("1 of " + programmes + " programmes · 0 of " + companies
                + " companies without a named programme");
        assertThat(robot.lookup("#chip-text").tryQuery()).isPresent();

        robot.clickOn("#chip-remove-text");
        waitUntil(() -> table().getItems().size() == total);
        assertThat(robot.lookup("#pipelineFilterText").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#chip-text").tryQuery()).isEmpty();
    }

    @Test
    void anInvalidProgrammeCannotBeSavedAndTheFormSaysWhy() throws Exception {
        robot.clickOn("#pipelineAddProgramme");
        waitUntil(() -> robot.lookup("#formErrors").tryQuery().isPresent() && !errors().isEmpty());

        assertThat(robot.lookup("#formSave").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(errors())
                .contains("A name is required.").contains("Choose the organization").contains("Choose a country.");
        robot.clickOn(robot.lookup(".button").match(node -> node instanceof Button button && "Cancel".equals(button.getText()))
                .queryButton());

        filterBy("cartistem");
        selectFirstRow();
        robot.clickOn("#pipelineAddProgramme");
        waitUntil(() -> robot.lookup("#formName").tryQuery().isPresent());
        robot.clickOn("#formName").write("CARTISTEM");
        waitUntil(() -> errors().isEmpty());
        assertThat(robot.lookup("#formSave").queryAs(Button.class).isDisabled()).isFalse();

        robot.interact(() -> robot.lookup("#formName").queryAs(TextField.class).setText(" cartistem® "));

        waitUntil(() -> !errors().isEmpty());
        assertThat(errors()).isEqualTo("Medipost already has a programme named “cartistem®”.");
        assertThat(robot.lookup("#formSave").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#pipelineForm").queryAs(DialogPane.class).getScene().getWindow().isShowing()).isTrue();
    }

    @Test
    void aProgrammeAddedWithADocumentSourceShowsItsPassageAndOneWithoutIsMarkedNoSourceGiven() throws Exception {
        filterBy("cartistem");
        selectFirstRow();
        robot.clickOn("#pipelineAddProgramme");
        waitUntil(() -> robot.lookup("#formName").tryQuery().isPresent());
        robot.clickOn("#formName").write("Cartistem-2 sourced");
        robot.clickOn("#formSourceAdd");
        waitUntil(() -> robot.lookup("#sourceTitle").tryQuery().isPresent());
        assertThat(robot.lookup("#sourceAccessedOn").queryAs(TextField.class).getText())
                .isEqualTo(java.time.LocalDate.now().toString());
        robot.clickOn("#sourceUrl").write("ftp://example.org/report");
        waitUntil(() -> robot.lookup("#analystSourceForm #formSave").queryButton().isDisabled());
        robot.interact(() -> robot.lookup("#sourceUrl").queryAs(TextField.class).clear());
        robot.clickOn("#sourceTitle").write("Medipost annual report 2025");
        robot.clickOn("#sourcePublisher").write("Medipost");
        robot.clickOn("#sourcePublishedOn").write("2025-03");
        robot.interact(() -> robot.lookup("#sourcePassage").queryAs(javafx.scene.control.TextArea.class)
                .setText("Cartistem-2 entered a phase 3 trial."));
        waitUntil(() -> !robot.lookup("#analystSourceForm #formSave").queryButton().isDisabled());
        robot.clickOn(robot.lookup("#analystSourceForm #formSave").queryButton());
        waitUntil(() -> robot.lookup("#analystSourceForm").tryQuery().isEmpty()
                && robot.lookup("#formSources").queryAs(ListView.class).getItems().size() == 1);
        robot.clickOn(robot.lookup("#pipelineForm #formSave").queryButton());
        waitUntil(() -> robot.lookup("#pipelineForm").tryQuery().isEmpty() && table().getItems().stream()
                .anyMatch(row -> row.programmeName().equals("Cartistem-2 sourced")));

        PipelineRow sourced = table().getItems().stream()
                .filter(row -> row.programmeName().equals("Cartistem-2 sourced")).findFirst().orElseThrow();
        assertThat(PipelineColumn.SOURCE.text(sourced)).isEqualTo("Medipost annual report 2025 — Medipost, 2025-03 · accessed "
                + java.time.LocalDate.now());
        robot.interact(() -> table().getSelectionModel().select(sourced));
        waitUntil(() -> robot.lookup("#pipelineDetail .show-analyst-source").tryQuery().isPresent());
        assertThat(robot.lookup("#pipelineDetail #noSourceGiven").tryQuery()).isEmpty();
        robot.clickOn(robot.lookup("#pipelineDetail .show-analyst-source").queryButton());
        waitUntil(() -> robot.lookup("#analystSourcePassage").tryQuery().isPresent());
        assertThat(robot.lookup("#analystSourcePassage").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo("Cartistem-2 entered a phase 3 trial.");
        robot.clickOn(robot.lookup(".button").match(node -> node instanceof Button button && "Close".equals(button.getText()))
                .queryButton());

        robot.clickOn("#pipelineAddProgramme");
        waitUntil(() -> robot.lookup("#formName").tryQuery().isPresent());
        robot.clickOn("#formName").write("Cartistem-3 unsourced");
        robot.clickOn(robot.lookup("#pipelineForm #formSave").queryButton());
        waitUntil(() -> robot.lookup("#pipelineForm").tryQuery().isEmpty() && table().getItems().stream()
                .anyMatch(row -> row.programmeName().equals("Cartistem-3 unsourced")));
        PipelineRow unsourced = table().getItems().stream()
                .filter(row -> row.programmeName().equals("Cartistem-3 unsourced")).findFirst().orElseThrow();
        assertThat(PipelineColumn.SOURCE.text(unsourced)).isEqualTo("no source given");
        robot.interact(() -> table().getSelectionModel().select(unsourced));
        waitUntil(() -> robot.lookup("#pipelineDetail #noSourceGiven").tryQuery().isPresent());
        assertThat(robot.lookup("#pipelineTable .no-source-mark").queryAllAs(Label.class))
                .singleElement().satisfies(mark -> {
                    assertThat(mark.getAccessibleText()).isEqualTo("no source given");
                    assertThat(((TableCell<?, ?>) mark.getParent()).getText()).isEqualTo("Cartistem-3 unsourced");
                });
    }

    @Test
    void anEditIsSavedAndShowsWhoChangedIt() throws Exception {
        filterBy("cartistem");
        selectFirstRow();
        robot.clickOn("#pipelineEdit");
        waitUntil(() -> robot.lookup("#formIndication").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#formIndication").queryAs(TextField.class).setText("Knee cartilage defects"));
        robot.clickOn("#formSave");

        waitUntil(() -> robot.lookup("#pipelineForm").tryQuery().isEmpty()
                && !table().getItems().isEmpty() && table().getItems().get(0).indication().equals("Knee cartilage defects"));
        PipelineRow edited = table().getItems().get(0);
        assertThat(edited.provenance().userEdited()).isTrue();
        assertThat(edited.lastUpdated()).startsWith(RecordIds.currentUser() + " · ");
        assertThat(robot.lookup("#detailUpdated").queryAs(Label.class).getText()).contains(RecordIds.currentUser());
    }

    @Test
    void aDeletedProgrammeComesBackWithCtrlZ() throws Exception {
        filterBy("cartistem");
        int total = Integer.parseInt(count().replaceAll("^\\d+ of (\\d+) programmes.*", "$1"));
        selectFirstRow();
        robot.clickOn("#pipelineDelete");
        waitUntil(() -> robot.lookup("#pipelineConfirm").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".button").match(node -> node instanceof Button button && "OK".equals(button.getText()))
                .queryButton());

        waitUntil(() -> table().getItems().isEmpty());
        assertThat(robot.lookup("#pipelineUndo").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(count()).startsWith("0 of " + (total - 1) + " programmes");

        robot.clickOn("#pipelineTable");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        waitUntil(() -> table().getItems().size() == 1);
        assertThat(table().getItems().get(0).programmeName()).isEqualTo("Cartistem®");
        assertThat(robot.lookup("#pipelineUndo").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void theFiltersAndTheColumnsAreRememberedBetweenRuns() throws Exception {
        filterBy("takeda");
        int shown = table().getItems().size();
        robot.interact(() -> table().getColumns().stream().filter(column -> "column-partners".equals(column.getId()))
                .findFirst().orElseThrow().setVisible(false));
        running.quit();
        assertThat(Files.readString(running.dataFolder().resolve(AppServices.SETTINGS_FILE)))
                .contains("pipeline.filter.text=takeda").containsPattern("PARTNERS\\\\:\\d+\\\\:0");

        running.startAgain();
        showPipeline();

        assertThat(robot.lookup("#pipelineFilterText").queryAs(TextField.class).getText()).isEqualTo("takeda");
        waitUntil(() -> table().getItems().size() == shown);
        assertThat(robot.lookup("#chip-text").tryQuery()).isPresent();
        assertThat(table().getVisibleLeafColumns()).extracting(column -> column.getId()).doesNotContain("column-partners");
    }

    @Test
    void showSourceOpensTheCitedPassageOnTheSourcesScreen() throws Exception {
        filterBy("cartistem");
        selectFirstRow();
        waitUntil(() -> robot.lookup(".show-source").tryQuery().isPresent());
        Button show = robot.lookup(".show-source").queryButton();
        robot.interact(() -> ScrollIntoView.reveal(show));
        robot.clickOn(show);
        waitUntil(() -> robot.lookup("#screen-sources").tryQuery().isPresent());
        assertThat(robot.lookup("#screen-sources").query().isVisible()).isTrue();
    }

    @Test
    void theCountryFilterKeepsOnlyThatCountryAndShowsItsChip() throws Exception {
        robot.interact(() -> robot.lookup("#pipelineFilterCountry").queryComboBox().getSelectionModel().select(3));
        waitUntil(() -> robot.lookup("#chip-country").tryQuery().isPresent());
        String country = table().getItems().get(0).countryCode();
        assertThat(table().getItems()).allSatisfy(row -> assertThat(row.countryCode()).isEqualTo(country));
    }

    @Test
    void sortingByTwoColumnsOrdersTheRowsByBoth() throws Exception {
        robot.interact(() -> {
            var country = table().getColumns().stream().filter(column -> "column-country".equals(column.getId())).findFirst().orElseThrow();
            var stage = table().getColumns().stream().filter(column -> "column-stage".equals(column.getId())).findFirst().orElseThrow();
            stage.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table().getSortOrder().setAll(List.of(country, stage));
        });
        PipelineSort expected = new PipelineSort(List.of(new SortKey(PipelineColumn.COUNTRY, true), new SortKey(PipelineColumn.STAGE, false)));

        waitUntil(() -> expected.apply(table().getItems()).equals(table().getItems()) && table().getItems().get(0).country().equals("China"));
        assertThat(table().getItems()).isSortedAccordingTo(expected.comparator());
    }

    @Test
    void theGroupedViewShowsOneHeadingPerCountryWithItsCount() throws Exception {
        long countries = table().getItems().stream().map(PipelineRow::country).distinct().count();
        robot.clickOn("#grouping-by_country");

        TreeTableView<?> tree = robot.lookup("#pipelineTree").queryAs(TreeTableView.class);
        waitUntil(() -> tree.isVisible() && tree.getRoot().getChildren().size() == countries);
        assertThat(tree.getRoot().getChildren()).allSatisfy(heading ->
                assertThat(heading.getValue().toString()).containsPattern("\\(\\d+\\)"));
        assertThat(table().isVisible()).isFalse();
    }

    @Test
    void theGlobalSearchFindsAProgrammeAndOpensItOnThePipeline() throws Exception {
        filterBy("takeda");
        robot.clickOn("#nav-sources");
        robot.clickOn("#globalSearch").write("cartistem");
        waitUntil(() -> robot.lookup("#searchResults").tryQuery().isPresent());
        ListView<?> results = robot.lookup("#searchResults").queryAs(ListView.class);
        waitUntil(() -> !results.getItems().isEmpty()
                && ((SearchHit) results.getItems().get(0)).title().equals("Cartistem®"));
        robot.type(KeyCode.ENTER);

        waitUntil(() -> robot.lookup("#screen-pipeline").tryQuery().isPresent()
                && table().getSelectionModel().getSelectedItem() != null);
        assertThat(table().getSelectionModel().getSelectedItem().programmeName()).isEqualTo("Cartistem®");
        assertThat(robot.lookup("#pipelineFilterText").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void anotherProgrammeOfTheCompanyIsOneClickAwayInTheDetail() throws Exception {
        filterBy("astellas");
        selectFirstRow();
        String first = table().getSelectionModel().getSelectedItem().programmeName();
        waitUntil(() -> robot.lookup(".detail-programme-link").tryQuery().isPresent());
        Hyperlink other = robot.lookup(".detail-programme-link").queryAs(Hyperlink.class);
        robot.clickOn(other);

        waitUntil(() -> table().getSelectionModel().getSelectedItem() != null
                && !table().getSelectionModel().getSelectedItem().programmeName().equals(first));
        assertThat(other.getText()).startsWith(table().getSelectionModel().getSelectedItem().programmeName());
        assertThat(robot.lookup("#pipelineFilterText").queryAs(TextField.class).getText()).isEqualTo("astellas");
    }

    @Test
    void aCountryProfileOpensThePipelineOfThatCountry() throws Exception {
        robot.clickOn("#nav-countries");
        waitUntil(() -> robot.lookup("#country-select-KR").tryQuery().isPresent());
        robot.clickOn("#country-select-KR");
        Button open = robot.lookup(".button").match(node -> node instanceof Button button
                && "Open in Pipeline".equals(button.getText()) && button.isVisible()).queryButton();
        robot.interact(() -> ScrollIntoView.reveal(open));
        robot.clickOn(open);

        waitUntil(() -> robot.lookup("#screen-pipeline").tryQuery().isPresent()
                && robot.lookup("#chip-country").tryQuery().isPresent() && !table().getItems().isEmpty()
                && table().getItems().stream().allMatch(row -> "KR".equals(row.countryCode())));
        assertThat(((Country) robot.lookup("#pipelineFilterCountry").queryComboBox().getValue()).code()).isEqualTo("KR");
    }

    @Test
    void theExportSubmenuOffersTheCsvOfThePipelineViewOnlyOnThePipeline() throws Exception {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu export = bar.getMenus().get(0).getItems().stream().filter(item -> "exportMenu".equals(item.getId()))
                .map(Menu.class::cast).findFirst().orElseThrow();
        MenuItem csv = export.getItems().stream().filter(item -> "exportPipelineCsv".equals(item.getId())).findFirst().orElseThrow();
        assertThat(csv.isDisable()).isFalse();

        robot.clickOn("#nav-timeline");
        waitUntil(csv::isDisable);
    }
}
