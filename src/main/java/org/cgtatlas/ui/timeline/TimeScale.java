package org.cgtatlas.ui.timeline;

import java.time.LocalDate;

/**
 * Maps days to horizontal pixels for a viewport of a given width: {@code x = (epochDay - startDay) * pixelsPerDay}.
 * The zoom is clamped so the viewport shows between about 40 years and two weeks. Immutable.
 */
public final class TimeScale {

    public static final double MAX_VISIBLE_DAYS = 40 * 365.25;
    public static final double MIN_VISIBLE_DAYS = 14;

    private final double startDay;
    private final double pixelsPerDay;
    private final double width;

    private TimeScale(double startDay, double pixelsPerDay, double width) {
        this.width = Math.max(1, width);
        this.pixelsPerDay = clamp(pixelsPerDay, this.width / MAX_VISIBLE_DAYS, this.width / MIN_VISIBLE_DAYS);
        this.startDay = startDay;
    }

    public static TimeScale of(double startDay, double pixelsPerDay, double width) {
        return new TimeScale(startDay, pixelsPerDay, width);
    }

    /** Shows the days {@code from} to {@code to} (inclusive) with a small margin on both sides, within the zoom limits. */
    public static TimeScale fit(LocalDate from, LocalDate to, double width) {
        double first = from.toEpochDay();
        double days = Math.max(1, to.toEpochDay() + 1 - first);
        double margin = days * 0.04;
        TimeScale scale = new TimeScale(first - margin, Math.max(1, width) / (days + 2 * margin), width);
        return scale.centredOn(first + days / 2);
    }

    public double startDay() {
        return startDay;
    }

    public double endDay() {
        return startDay + visibleDays();
    }

    public double pixelsPerDay() {
        return pixelsPerDay;
    }

    public double width() {
        return width;
    }

    public double visibleDays() {
        return width / pixelsPerDay;
    }

    public double x(LocalDate date) {
        return x((double) date.toEpochDay());
    }

    public double x(double epochDay) {
        return (epochDay - startDay) * pixelsPerDay;
    }

    public double epochDayAt(double x) {
        return startDay + x / pixelsPerDay;
    }

    public LocalDate dateAt(double x) {
        return LocalDate.ofEpochDay((long) Math.floor(epochDayAt(x)));
    }

    /** Zooms by {@code factor} (above 1 zooms in) keeping the day under {@code anchorX} where it is. */
    public TimeScale zoomed(double factor, double anchorX) {
        double anchorDay = epochDayAt(anchorX);
        TimeScale zoomed = new TimeScale(0, pixelsPerDay * factor, width);
        return new TimeScale(anchorDay - anchorX / zoomed.pixelsPerDay, zoomed.pixelsPerDay, width);
    }

    /** Moves the view by {@code dx} pixels: a positive {@code dx} shows later days. */
    public TimeScale panned(double dx) {
        return new TimeScale(startDay + dx / pixelsPerDay, pixelsPerDay, width);
    }

    public TimeScale startingAt(double epochDay) {
        return new TimeScale(epochDay, pixelsPerDay, width);
    }

    public TimeScale centredOn(double epochDay) {
        return new TimeScale(epochDay - visibleDays() / 2, pixelsPerDay, width);
    }

    public TimeScale centredOn(LocalDate date) {
        return centredOn(date.toEpochDay() + 0.5);
    }

    /** The same start and zoom for a resized viewport (the zoom re-clamped to the new width). */
    public TimeScale withWidth(double newWidth) {
        return new TimeScale(startDay, pixelsPerDay, newWidth);
    }

    public boolean isFullyZoomedIn() {
        return pixelsPerDay >= width / MIN_VISIBLE_DAYS - 1e-9;
    }

    public boolean isFullyZoomedOut() {
        return pixelsPerDay <= width / MAX_VISIBLE_DAYS + 1e-9;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    @Override
    public String toString() {
        return "TimeScale[start=" + dateAt(0) + ", days=" + Math.round(visibleDays()) + ", width=" + width + "]";
    }
}
