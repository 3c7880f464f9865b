package org.cgtatlas.feature.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.cgtatlas.domain.CitedPassage;
import org.cgtatlas.domain.Source;
import org.cgtatlas.testing.RunningApp;
import org.assertj.core.data.Offset;
import org.cgtatlas.ui.HighlightedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Sources screen in the whole app: a passage found by the global search opens highlighted. */
class SourcesScreenTest {

    @RegisterExtension
    final RunningApp running = RunningApp.startedForEachTest();

    private final FxRobot robot = new FxRobot();

    @Test
    void theSourcesAreListedWithTheirCitedPassages() throws Exception {
        robot.clickOn("#nav-sources");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !sourceList().getItems().isEmpty());
        assertThat(sourceList().getItems()).hasSize(4);
        assertThat(passageList().getItems()).isNotEmpty()
                .allSatisfy(passage -> assertThat(sourceList().getSelectionModel().getSelectedItem().text())
                        .contains(passage.quote()));
    }

    @Test
    void eachCitedPassageIsAsTallAsItsWrappedQuoteSoNoneRunsIntoTheNext() throws Exception {
        robot.clickOn("#nav-sources");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !passageList().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<ListCell<?>> cells = robot.from(passageList()).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .<ListCell<?>>map(cell -> cell).filter(cell -> cell.getGraphic() != null && cell.isVisible()).toList();
        assertThat(cells).isNotEmpty().allSatisfy(cell -> {
            Bounds content = cell.getGraphic().getBoundsInParent();
            assertThat(content.getMaxY()).as("quote bottom within its cell").isLessThanOrEqualTo(cell.getHeight() + 0.5);
        });
    }

    @Test
    void aSearchHitOpensTheSourceAtThePassage() throws Exception {
        robot.clickOn("#globalSearch").write("Songdo Convensia");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Source selected = sourceList().getSelectionModel().getSelectedItem();
            return selected != null && selected.text().contains("Songdo Convensia");
        });
        HighlightedText text = robot.lookup("#sourceText").queryAs(HighlightedText.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text.focusedBounds()).isNotNull();
    }

    @Test
    void thePinBeforeTheVenueIsDrawnInTheSymbolFontAndTheHitAfterItIsHighlightedInPlace() throws Exception {
        robot.clickOn("#globalSearch").write("Songdo Convensia");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        HighlightedText text = robot.lookup("#sourceText").queryAs(HighlightedText.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.from(text).lookup(".symbol-run").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Text pin = robot.from(text).lookup(".symbol-run").match(node -> "📍".equals(((Text) node).getText())).queryAs(Text.class);
        assertThat(pin.getFont().getFamily()).isEqualTo("Symbola");
        Bounds focused = text.focusedBounds();
        Bounds drawn = text.sceneToLocal(pin.localToScene(pin.getBoundsInLocal()));
        // The hit "Songdo Convensia" follows the pin and a space: offsets after a symbol run still match the text.
        assertThat(focused.getMinY()).as("on the pin's line").isCloseTo(drawn.getMinY(), Offset.offset(2.0));
        assertThat(focused.getMinX() - drawn.getMaxX()).as("the hit starts one space after the pin").isBetween(0.0, 8.0);
    }

    @Test
    void aRepairedSourceSaysSoInPlainWordsWithoutTheCuratorsNote() throws Exception {
        robot.clickOn("#nav-sources");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !sourceList().getItems().isEmpty());
        Source repaired = sourceList().getItems().stream().filter(source -> source.cleaningNote() != null).findFirst()
                .orElseThrow();
        robot.interact(() -> sourceList().getSelectionModel().select(repaired));
        WaitForAsyncUtils.waitForFxEvents();

        String note = robot.lookup("#sourceNote").queryLabeled().getText();
        assertThat(note).isEqualTo("Characters garbled in the original file were restored in this text; nothing else was changed.");
        assertThat(note).doesNotContain(repaired.cleaningNote());
    }

    private ListView<Source> sourceList() {
        return robot.lookup("#sourceList").queryListView();
    }

    private ListView<CitedPassage> passageList() {
        return robot.lookup("#passageList").queryListView();
    }
}
