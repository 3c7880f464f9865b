package org.cgtatlas.ui.text;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Text that wraps like a label and shows the symbols the UI font lacks (📍, 📆, …) in the bundled symbol font, which
 * JavaFX does not fall back to by itself. The text is cut into runs, each one {@link Text} with the given style
 * classes; the symbol runs are also in the symbol font. Character offsets are those of the whole text, so a range of
 * it ({@link TextFlow#rangeShape}) covers the same characters as in the string.
 */
public final class SymbolAwareText extends TextFlow {

    /** The style class of the runs drawn in the symbol font. */
    public static final String SYMBOL_RUN = "symbol-run";

    private final List<String> runClasses;
    private String text = "";
    private double maxLineWidth = Double.MAX_VALUE;

    /** {@code runClasses} style every run, as they would the one text of a label. */
    public SymbolAwareText(String text, String... runClasses) {
        this.runClasses = List.of(runClasses);
        getStyleClass().add("symbol-aware-text");
        setText(text);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
        getChildren().setAll(runs(this.text));
    }

    /** Lines wrap at this width even where nothing narrows the text, e.g. in a tooltip. */
    public void setMaxLineWidth(double width) {
        maxLineWidth = width;
        requestLayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.min(super.computePrefWidth(height), maxLineWidth);
    }

    private List<Text> runs(String content) {
        SymbolFont symbols = SymbolFont.get();
        List<Text> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean inSymbols = false;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            i += Character.charCount(codePoint);
            boolean symbol = symbols.draws(codePoint);
            if (symbol != inSymbols && !run.isEmpty()) {
                runs.add(run(run.toString(), inSymbols, symbols));
                run.setLength(0);
            }
            inSymbols = symbol;
            run.appendCodePoint(codePoint);
        }
        if (!run.isEmpty() || runs.isEmpty()) {
            runs.add(run(run.toString(), inSymbols, symbols));
        }
        return runs;
    }

    private Text run(String content, boolean symbol, SymbolFont symbols) {
        Text run = new Text(content);
        run.getStyleClass().addAll(runClasses);
        if (symbol) {
            run.getStyleClass().add(SYMBOL_RUN);
            // Inline, so that it wins over the family the stylesheets give; size, weight and slant still come from them.
            run.setStyle("-fx-font-family: '" + symbols.family() + "';");
        }
        return run;
    }
}
