package org.cgtatlas.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.cgtatlas.ui.text.SymbolAwareText;

/**
 * Wrapped text with highlighted ranges drawn behind it, even where a range runs across lines.
 * One range can be "focused" (drawn stronger), e.g. the passage a "Show source" asked for. Symbols the UI font lacks
 * are drawn in the bundled symbol font; ranges count the characters of the whole text all the same.
 */
public final class HighlightedText extends Region {

    /** A highlighted stretch of the text, by character offsets. */
    public record Range(int start, int end) {
    }

    private final SymbolAwareText flow = new SymbolAwareText("", "source-text");
    private final Path highlights = new Path();
    private final Path focus = new Path();
    private List<Range> ranges = List.of();
    private Range focused;

    public HighlightedText() {
        highlights.getStyleClass().add("passage-highlight");
        focus.getStyleClass().add("passage-focus");
        highlights.setManaged(false);
        focus.setManaged(false);
        flow.setLineSpacing(3);
        getChildren().addAll(highlights, focus, flow);
        getStyleClass().add("highlighted-text");
    }

    public void setContent(String content, List<Range> highlighted, Range focusedRange) {
        flow.setText(content);
        ranges = List.copyOf(highlighted);
        focused = focusedRange;
        requestLayout();
    }

    /** Where the focused range sits, in this node's coordinates, once laid out. */
    public Bounds focusedBounds() {
        layout();
        return focus.getElements().isEmpty() ? null : focus.getBoundsInParent();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        flow.resizeRelocate(snappedLeftInset(), snappedTopInset(), width, flow.prefHeight(width));
        List<PathElement> shapes = new ArrayList<>();
        for (Range range : ranges) {
            shapes.addAll(List.of(flow.rangeShape(range.start(), range.end())));
        }
        highlights.getElements().setAll(shapes);
        focus.getElements().setAll(focused == null ? new PathElement[0] : flow.rangeShape(focused.start(), focused.end()));
        for (Path path : List.of(highlights, focus)) {
            path.setLayoutX(flow.getLayoutX());
            path.setLayoutY(flow.getLayoutY());
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        double available = width < 0 ? 600 : width - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + flow.prefHeight(available) + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }
}
