package org.cgtatlas.testing;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolls a screen so that a node is in view, as an analyst would before clicking it. Call on the FX thread. */
public final class ScrollIntoView {

    private ScrollIntoView() {
    }

    public static void reveal(Node node) {
        Node ancestor = node.getParent();
        while (ancestor != null && !(ancestor instanceof ScrollPane)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null) {
            return;
        }
        ScrollPane scroll = (ScrollPane) ancestor;
        Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double hidden = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(hidden <= 0 ? 0 : Math.min(1, Math.max(0, inContent.getMinY() - 20) / hidden));
        scroll.layout();
    }
}
