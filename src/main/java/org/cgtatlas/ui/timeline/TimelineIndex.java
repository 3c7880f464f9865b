package org.cgtatlas.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The items sorted by start (then end, then id), with their start days in an array for binary search and the
 * longest duration, so the items overlapping a window of days are found without looking at the others.
 */
public final class TimelineIndex {

    private static final Comparator<TimelineItem> ORDER = Comparator.comparing(TimelineItem::start)
            .thenComparing(TimelineItem::end).thenComparing(TimelineItem::id);

    private final List<TimelineItem> items;
    private final long[] startDays;
    private final long longestDays;

    public TimelineIndex(List<TimelineItem> unsorted) {
        List<TimelineItem> sorted = new ArrayList<>(unsorted);
        sorted.sort(ORDER);
        this.items = List.copyOf(sorted);
        this.startDays = new long[sorted.size()];
        long longest = 0;
        for (int i = 0; i < sorted.size(); i++) {
            TimelineItem item = sorted.get(i);
            startDays[i] = item.startDay();
            longest = Math.max(longest, item.endDayExclusive() - item.startDay());
        }
        this.longestDays = longest;
    }

    /** In time order; the order of Left/Right keyboard moves. */
    public List<TimelineItem> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    public long longestDays() {
        return longestDays;
    }

    /** The index of the first item starting on or after the day (binary search); {@code size()} if none. */
    public int firstStartingAtOrAfter(double epochDay) {
        int low = 0;
        int high = startDays.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (startDays[middle] < epochDay) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    public int indexOf(String id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<LocalDate> first() {
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0).start());
    }

    public Optional<LocalDate> last() {
        return items.stream().map(TimelineItem::end).max(Comparator.naturalOrder());
    }
}
