package org.cgtatlas.ui.snapshot;

import javafx.geometry.Dimension2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;

/**
 * How much of a screen's content is scrolled out of sight: what its scroll panes, tables, lists and trees hide
 * beyond their viewports, summed over the visible ones.
 */
final class HiddenContent {

    private HiddenContent() {
    }

    static Dimension2D of(Node node) {
        double[] hidden = new double[2];
        collect(node, hidden);
        return new Dimension2D(hidden[0], hidden[1]);
    }

    private static void collect(Node node, double[] hidden) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ScrollPane pane && pane.getContent() != null) {
            hidden[0] += Math.max(0, pane.getContent().getLayoutBounds().getWidth() - pane.getViewportBounds().getWidth());
            hidden[1] += Math.max(0, pane.getContent().getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight());
        } else if (node instanceof VirtualFlow<?> flow && flow.isVertical()) {
            hidden[1] += hiddenRows(flow);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, hidden));
        }
    }

    /** The rows out of view, at the average height of the rows in view, plus the parts of the edge rows cut off. */
    private static double hiddenRows(VirtualFlow<?> flow) {
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first == null || last == null) {
            return 0;
        }
        int shown = last.getIndex() - first.getIndex() + 1;
        double top = first.getLayoutY();
        double bottom = last.getLayoutY() + last.getHeight();
        double rowHeight = (bottom - top) / shown;
        return (flow.getCellCount() - shown) * rowHeight + Math.max(0, -top) + Math.max(0, bottom - flow.getHeight());
    }
}
