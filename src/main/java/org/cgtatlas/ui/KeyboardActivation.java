package org.cgtatlas.ui;

import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A clickable node that is not a button (a chart bar, a table cell, a dot on a strip) made reachable from the keyboard:
 * Tab focuses it and the {@code activatable} focus ring shows, Enter or Space does what a click does, and a screen
 * reader announces it as a button with the given name.
 */
public final class KeyboardActivation {

    private KeyboardActivation() {
    }

    public static void onActivate(Node node, String name, Runnable action) {
        // A chart binds its bars' focus traversal to whether a screen reader is active; Tab must reach them anyway.
        node.focusTraversableProperty().unbind();
        node.setFocusTraversable(true);
        node.getStyleClass().add("activatable");
        node.setCursor(Cursor.HAND);
        node.setAccessibleRole(AccessibleRole.BUTTON);
        if (!node.accessibleTextProperty().isBound()) { // a chart's bar already names its category and value
            node.setAccessibleText(name);
        }
        node.setOnMouseClicked(event -> {
            node.requestFocus();
            action.run();
        });
        node.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                event.consume();
                action.run();
            }
        });
    }
}
