package org.cgtatlas.app;

import javafx.scene.Node;

/**
 * One screen of the sidebar, built the same way for every screen. The subclass's constructor makes the screen's model
 * and controller: no nodes and nothing loaded yet, so the global search and the {@code Navigator} can reach the
 * screen before it is first shown. {@link #build()} runs the first time the screen is opened: it makes the view,
 * lets the controller follow data changes and starts the first load.
 */
abstract class Screen {

    private Node root;

    /** The screen's nodes, built on the first call. */
    final Node root() {
        if (root == null) {
            root = build();
        }
        return root;
    }

    protected abstract Node build();
}
