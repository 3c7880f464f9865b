package org.cgtatlas.ui;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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
        String text = explanation(List.of(inference));
        Label mark = new Label(Inference.SIGN);
        mark.getStyleClass().add("inference-marker");
        mark.setFocusTraversable(true);
        mark.setAccessibleRole(AccessibleRole.TEXT);
        mark.setAccessibleText(text);
        Tooltip tooltip = tooltip(text);
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

    /**
     * The mark inside a table cell: the cell, not the mark, is where the keyboard goes (a focus stop in every marked
     * cell would make Tab crawl through the table), so the cell carries the reason as its tooltip and accessible text.
     */
    public static Label inCell(Labeled cell, String value, List<Inference> inferences) {
        String text = explanation(inferences);
        Label mark = new Label(Inference.SIGN);
        mark.getStyleClass().addAll("inference-marker", "inference-marker-cell");
        mark.setAccessibleRole(AccessibleRole.TEXT);
        mark.setAccessibleText(text);
        cell.setTooltip(tooltip(text));
        cell.setAccessibleText(value + ". " + text);
        return mark;
    }

    /** "Curator's inference — the sources do not state this value: reason; other reason". */
    public static String explanation(List<Inference> inferences) {
        return Messages.get("inference.tooltip", inferences.stream().map(Inference::reason).distinct()
                .collect(Collectors.joining("; ")));
    }

    private static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        tooltip.setShowDelay(Duration.millis(150));
        return tooltip;
    }
}
