package org.cgtatlas.ui.snapshot;

import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Transform;

/** Images of a screen as it is shown, at 1× or 2× (for sharp slides), for files and the clipboard. FX thread only. */
public final class ScreenSnapshot {

    private ScreenSnapshot() {
    }

    public static WritableImage take(Node node, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        parameters.setFill(backgroundOf(node));
        return node.snapshot(parameters, null);
    }

    public static BufferedImage takeBuffered(Node node, double scale) {
        return SwingFXUtils.fromFXImage(take(node, scale), null);
    }

    public static void copyToClipboard(Node node) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(take(node, 1));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The window's own background (light or dark theme), so transparent areas do not come out white or black. */
    private static Paint backgroundOf(Node node) {
        if (node.getScene() != null && node.getScene().getRoot() instanceof Region root) {
            Background background = root.getBackground();
            if (background != null && !background.getFills().isEmpty()) {
                BackgroundFill fill = background.getFills().get(0);
                return fill.getFill();
            }
        }
        return Color.WHITE;
    }
}
