package org.cgtatlas.feature.dashboard;

import javafx.scene.paint.Color;
import org.cgtatlas.ui.Theme;

/**
 * TilesFX tiles take colours as values, not from the stylesheet, so each theme gets its palette here:
 * the AtlantaFX Primer light and dark colours for surfaces, text, borders and the accent.
 */
enum TilePalette {
    LIGHT(Color.web("#f6f8fa"), Color.web("#1f2328"), Color.web("#59636e"), Color.web("#d1d9e0"), Color.web("#0969da")),
    DARK(Color.web("#151b23"), Color.web("#f0f6fc"), Color.web("#9198a1"), Color.web("#3d444d"), Color.web("#4493f8"));

    private final Color background;
    private final Color foreground;
    private final Color muted;
    private final Color border;
    private final Color accent;

    TilePalette(Color background, Color foreground, Color muted, Color border, Color accent) {
        this.background = background;
        this.foreground = foreground;
        this.muted = muted;
        this.border = border;
        this.accent = accent;
    }

    static TilePalette of(Theme theme) {
        return theme == Theme.DARK ? DARK : LIGHT;
    }

    Color background() {
        return background;
    }

    Color foreground() {
        return foreground;
    }

    Color muted() {
        return muted;
    }

    Color border() {
        return border;
    }

    Color accent() {
        return accent;
    }
}
