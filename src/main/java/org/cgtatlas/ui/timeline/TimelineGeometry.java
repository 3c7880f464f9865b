package org.cgtatlas.ui.timeline;

/** Vertical sizes of a timeline in pixels, derived from the font size so the control scales with the app's zoom. */
public record TimelineGeometry(double axisHeight, double laneHeaderHeight, double rowHeight, double barHeight,
                               double lanePadding, double minItemWidth) {

    public static TimelineGeometry forFontSize(double fontSize) {
        double row = Math.round(fontSize * 1.75);
        return new TimelineGeometry(Math.round(fontSize * 2.4), Math.round(fontSize * 1.7), row,
                Math.round(row * 0.72), Math.round(fontSize * 0.6), Math.round(fontSize * 0.85));
    }
}
