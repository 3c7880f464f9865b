package org.cgtatlas.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaneLayoutTest {

    static final List<TimelineLane> LANES = List.of(new TimelineLane("JP", "Japan"), new TimelineLane("TW", "Taiwan"));

    static TimelineItem item(String id, String start, String end, String... lanes) {
        return new TimelineItem(id, id, LocalDate.parse(start), LocalDate.parse(end), !start.equals(end), List.of(lanes), 0, id);
    }

    @Test
    void overlappingItemsStackIntoSubRowsAndTheLaneGrows() {
        TimelineIndex index = new TimelineIndex(List.of(
                item("april", "2025-04-01", "2025-04-30", "JP"),
                item("visit", "2025-04-10", "2025-04-10", "JP"),
                item("may", "2025-05-01", "2025-05-31", "JP"),
                item("year", "2025-01-01", "2025-12-31", "JP")));
        LaneLayout layout = LaneLayout.stack(index.items(), LANES, 1);
        assertThat(index.items()).extracting(TimelineItem::id).containsExactly("year", "april", "visit", "may");
        assertThat(rows(layout, index)).containsExactly(0, 1, 2, 1);
        assertThat(layout.rows(0)).isEqualTo(3);
        assertThat(layout.rows(1)).isEqualTo(1);
    }

    @Test
    void aTwoCountryItemHasAPlacementInEachLane() {
        TimelineIndex index = new TimelineIndex(List.of(item("licence", "2025-04-01", "2025-04-30", "TW", "JP")));
        LaneLayout layout = LaneLayout.stack(index.items(), LANES, 1);
        assertThat(layout.endPlacement(0) - layout.firstPlacement(0)).isEqualTo(2);
        assertThat(layout.lane(0)).isEqualTo(1);
        assertThat(layout.lane(1)).isEqualTo(0);
    }

    @Test
    void markersWiderThanADayStackWhenZoomedOut() {
        TimelineIndex index = new TimelineIndex(List.of(item("a", "2025-04-01", "2025-04-01", "JP"),
                item("b", "2025-04-03", "2025-04-03", "JP")));
        assertThat(rows(LaneLayout.stack(index.items(), LANES, 1), index)).containsExactly(0, 0);
        assertThat(rows(LaneLayout.stack(index.items(), LANES, 10), index)).containsExactly(0, 1);
    }

    @Test
    void unknownLanesAndRepeatedLanesAreIgnored() {
        TimelineIndex index = new TimelineIndex(List.of(item("x", "2025-01-01", "2025-01-01", "US", "JP", "JP")));
        LaneLayout layout = LaneLayout.stack(index.items(), LANES, 1);
        assertThat(layout.endPlacement(0) - layout.firstPlacement(0)).isEqualTo(1);
    }

    private static int[] rows(LaneLayout layout, TimelineIndex index) {
        int[] rows = new int[index.size()];
        for (int i = 0; i < index.size(); i++) {
            rows[i] = layout.row(layout.firstPlacement(i));
        }
        return rows;
    }
}
