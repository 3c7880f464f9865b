package org.cgtatlas.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Inference;

/**
 * The small mark beside a value the sources do not state but the curator concluded: its reason shows on hover and,
 * for keyboard users, when the mark takes the focus.
 */
public final class InferenceMarker {

    private InferenceMarker() {
    }

    /** The value as it is when a source states it, or the value with the mark beside it. */
    public static Node beside(Node value, Inference inference) {
        if (inference == null) {
            return value;
        }
        HBox box = new HBox(4, value, mark(inference));
        HBox.setHgrow(value, Priority.SOMETIMES);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    public static Label mark(Inference inference) {
        String text = Messages.get("inference.tooltip", inference.reason());
        Label mark = new Label(Inference.SIGN);
        mark.getStyleClass().add("inference-marker");
        mark.setFocusTraversable(true);
        mark.setAccessibleRole(AccessibleRole.TEXT);
        mark.setAccessibleText(text);
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        tooltip.setShowDelay(Duration.millis(150));
        Tooltip.install(mark, tooltip);
        mark.focusedProperty().addListener((property, was, focused) -> {
            if (focused && mark.getScene() != null) {
                Bounds bounds = mark.localToScreen(mark.getBoundsInLocal());
                tooltip.show(mark, bounds.getMaxX(), bounds.getMaxY());
            } else {
                tooltip.hide();
            }
        });
        return mark;
    }
}
