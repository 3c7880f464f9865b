package org.cgtatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Highlights cover the characters of their range, also where a symbol drawn in the symbol font lies in it. */
class HighlightedTextTest {

    private static final String CONTENT = "Where: 📍 Songdo Convensia";

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aHighlightRunningOverASymbolCoversTheSymbolAndTheTextAfterIt() {
        int symbol = CONTENT.indexOf("📍");
        Bounds focus = focusedBounds(new HighlightedText.Range(symbol, CONTENT.length()));
        Text symbolRun = run("📍");
        Bounds drawn = symbolRun.localToScene(symbolRun.getBoundsInLocal());
        Text after = run(" Songdo Convensia");
        Bounds last = after.localToScene(after.getBoundsInLocal());

        assertThat(symbolRun.getFont().getFamily()).isEqualTo("Symbola");
        assertThat(focus.getMinX()).isCloseTo(drawn.getMinX(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(focus.getMaxX()).isCloseTo(last.getMaxX(), org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void aHighlightEndingBeforeTheSymbolStopsWhereItStarts() {
        Bounds focus = focusedBounds(new HighlightedText.Range(0, CONTENT.indexOf("📍")));
        Text symbolRun = run("📍");

        assertThat(focus.getMaxX()).isLessThanOrEqualTo(symbolRun.localToScene(symbolRun.getBoundsInLocal()).getMinX() + 1);
    }

    private HighlightedText shown;

    private Bounds focusedBounds(HighlightedText.Range range) {
        robot.interact(() -> {
            shown = new HighlightedText();
            shown.setContent(CONTENT, List.of(range), range);
            StackPane root = new StackPane(shown);
            new Scene(root, 600, 200);
            root.applyCss();
            root.layout();
        });
        Bounds[] focus = new Bounds[1];
        robot.interact(() -> focus[0] = shown.localToScene(shown.focusedBounds()));
        return focus[0];
    }

    private Text run(String text) {
        return shown.lookupAll("Text").stream().map(Text.class::cast).filter(run -> run.getText().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no run \"" + text + "\" among "
                        + shown.lookupAll("Text").stream().map(node -> ((Text) node).getText()).toList()));
    }
}
