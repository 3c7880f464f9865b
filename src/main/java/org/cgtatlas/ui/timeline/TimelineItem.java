package org.cgtatlas.ui.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing placed on a {@link TimelineControl}: from {@code start} to {@code end} (inclusive days), in one or more
 * lanes. A {@code span} is drawn as a bar over its whole period (a month or a year stated only that precisely);
 * otherwise the item is a day marker. {@code colorIndex} picks a colour of the control's CSS palette.
 */
public record TimelineItem(String id, String title, LocalDate start, LocalDate end, boolean span, List<String> lanes,
                           int colorIndex, String tooltip) {

    public TimelineItem {
        if (id == null || start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("A timeline item needs an id and a start not after its end: " + id);
        }
        lanes = lanes == null ? List.of() : List.copyOf(lanes);
        title = title == null ? "" : title;
        tooltip = tooltip == null ? title : tooltip;
    }

    /** Not over by {@code today}: an announced meeting, or a year or month still running; drawn hollow and dashed. */
    public boolean notOverBy(LocalDate today) {
        return end.isAfter(today);
    }

    long startDay() {
        return start.toEpochDay();
    }

    /** The first day after the item. */
    long endDayExclusive() {
        return end.toEpochDay() + 1;
    }
}
