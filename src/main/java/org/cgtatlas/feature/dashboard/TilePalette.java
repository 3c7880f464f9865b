package org.cgtatlas.feature.dashboard;

import java.util.List;
import javafx.scene.paint.Color;
import org.cgtatlas.feature.shell.Theme;

/**
 * TilesFX tiles take colours as values, not from the stylesheet, so each theme gets its palette here:
 * the AtlantaFX Primer light and dark colours for surfaces, text, borders and the accent.
 */
enum TilePalette {
    LIGHT(Color.web("#f6f8fa"), Color.web("#1f2328"), Color.web("#59636e"), Color.web("#d1d9e0"), Color.web("#0969da"),
            List.of("#0969da", "#1a7f37", "#9a6700", "#cf222e", "#8250df", "#bf3989", "#1b7c83", "#bc4c00")),
    DARK(Color.web("#151b23"), Color.web("#f0f6fc"), Color.web("#9198a1"), Color.web("#3d444d"), Color.web("#4493f8"),
            List.of("#4493f8", "#3fb950", "#d29922", "#f85149", "#ab7df8", "#db61a2", "#39c5cf", "#db6d28"));

    private final Color background;
    private final Color foreground;
    private final Color muted;
    private final Color border;
    private final Color accent;
    private final List<Color> series;

    TilePalette(Color background, Color foreground, Color muted, Color border, Color accent, List<String> series) {
        this.background = background;
        this.foreground = foreground;
        this.muted = muted;
        this.border = border;
        this.accent = accent;
        this.series = series.stream().map(Color::web).toList();
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

    /** Distinct colours for chart items, repeating after eight. */
    Color series(int index) {
        return series.get(index % series.size());
    }
}
