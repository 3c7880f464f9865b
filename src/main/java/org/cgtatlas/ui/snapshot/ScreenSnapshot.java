package org.cgtatlas.ui.snapshot;

import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Dimension2D;
import javafx.scene.Node;
import javafx.scene.Parent;
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

/**
 * Images of a screen at 1× or 2× (for sharp slides), for files and the clipboard: either the part in view, or the
 * whole of its content, with what its scroll panes and tables hide laid out in full. FX thread only.
 */
public final class ScreenSnapshot {

    /** The longest edge of an image in pixels: far beyond any screen, and still a few hundred MB at most. */
    static final double MAX_PIXELS = 16_000;
    private static final int MAX_ROUNDS = 8;
    private static final double ONE_PIXEL = 1;

    private ScreenSnapshot() {
    }

    /** The part of the node in view, as it is shown. */
    public static WritableImage take(Node node, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        parameters.setFill(backgroundOf(node));
        return node.snapshot(parameters, null);
    }

    public static BufferedImage takeBuffered(Node node, double scale) {
        return SwingFXUtils.fromFXImage(take(node, scale), null);
    }

    /** The whole of the screen shown in a screen area (the main window's centre, holding one screen at a time). */
    public static BufferedImage takeWholeScreen(Region screenArea, double scale) {
        Region screen = screenArea.getChildrenUnmodifiable().size() == 1 && screenArea.getChildrenUnmodifiable().get(0) instanceof Region shown
                ? shown : screenArea;
        return takeWhole(screen, scale);
    }

    /**
     * The whole screen: the screen is laid out larger, round by round, until nothing in it scrolls any more (or a
     * round stops revealing more, or the image would pass {@link #MAX_PIXELS}), snapshotted, and put back as it was.
     */
    public static BufferedImage takeWhole(Region screen, double scale) {
        double minWidth = screen.getMinWidth();
        double minHeight = screen.getMinHeight();
        double limit = MAX_PIXELS / scale;
        try {
            layoutNow(screen);
            Dimension2D hidden = HiddenContent.of(screen);
            for (int round = 0; round < MAX_ROUNDS && revealsMore(hidden); round++) {
                double width = screen.getWidth();
                double height = screen.getHeight();
                screen.setMinWidth(Math.min(limit, width + hidden.getWidth()));
                screen.setMinHeight(Math.min(limit, height + hidden.getHeight()));
                layoutNow(screen);
                Dimension2D stillHidden = HiddenContent.of(screen);
                if (stillHidden.getWidth() + stillHidden.getHeight() >= hidden.getWidth() + hidden.getHeight()) {
                    // Growing did not reach whatever scrolls (a panel of fixed size): keep the previous size.
                    screen.setMinWidth(width);
                    screen.setMinHeight(height);
                    layoutNow(screen);
                    break;
                }
                hidden = stillHidden;
            }
            return takeBuffered(screen, scale);
        } finally {
            screen.setMinWidth(minWidth);
            screen.setMinHeight(minHeight);
            layoutNow(screen);
        }
    }

    public static void copyToClipboard(Node node) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(take(node, 1));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static boolean revealsMore(Dimension2D hidden) {
        return hidden.getWidth() >= ONE_PIXEL || hidden.getHeight() >= ONE_PIXEL;
    }

    private static void layoutNow(Node node) {
        Node root = node.getScene() == null ? node : node.getScene().getRoot();
        root.applyCss();
        if (root instanceof Parent parent) {
            parent.layout();
        }
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
