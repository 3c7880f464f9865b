package org.cgtatlas.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.ui.timeline.LaneLayoutTest.LANES;
import static org.cgtatlas.ui.timeline.LaneLayoutTest.item;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineFrameTest {

    private static final TimelineGeometry GEOMETRY = new TimelineGeometry(30, 20, 22, 16, 6, 10);

    private static TimelineFrame frame(TimelineIndex index, TimeScale scale) {
        LaneLayout layout = LaneLayout.stack(index.items(), LANES, GEOMETRY.minItemWidth() / scale.pixelsPerDay());
        return TimelineFrame.compute(index, layout, scale, GEOMETRY, 0, 600);
    }

    @Test
    void aMonthSpanCoversItsMonthAndADayMarkerItsDay() {
        TimelineIndex index = new TimelineIndex(List.of(item("april", "2025-04-01", "2025-04-30", "JP"),
                item("day", "2025-06-10", "2025-06-10", "JP")));
        TimeScale scale = TimeScale.of(LocalDate.of(2025, 1, 1).toEpochDay(), 4, 1600);
        TimelineFrame frame = frame(index, scale);
        ItemBox april = frame.boxes().get(0);
        assertThat(april.x()).isEqualTo(scale.x(LocalDate.of(2025, 4, 1)));
        assertThat(april.width()).isEqualTo(30 * 4);
        ItemBox day = frame.boxes().get(1);
        assertThat(day.width()).isEqualTo(GEOMETRY.minItemWidth());
    }

    @Test
    void onlyItemsInTheVisibleWindowAreLaidOut() {
        List<TimelineItem> items = new ArrayList<>();
        LocalDate start = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < 5000; i++) {
            LocalDate day = start.plusDays(i * 3L);
            items.add(item("e" + i, day.toString(), day.toString(), "JP"));
        }
        items.add(item("long", "1999-01-01", "2005-12-31", "TW"));
        TimelineIndex index = new TimelineIndex(items);
        TimeScale scale = TimeScale.of(LocalDate.of(2005, 6, 1).toEpochDay(), 60, 1200);
        TimelineFrame frame = frame(index, scale);
        assertThat(frame.boxes()).isNotEmpty().hasSizeLessThan(20);
        assertThat(frame.boxes()).allSatisfy(box -> assertThat(box.x() + box.width()).isGreaterThanOrEqualTo(0));
        assertThat(frame.boxes()).extracting(box -> index.items().get(box.item()).id()).contains("long");
    }

    @Test
    void labelsStopBeforeTheNextItemOfTheirRow() {
        TimelineIndex index = new TimelineIndex(List.of(item("first", "2025-04-01", "2025-04-01", "JP"),
                item("second", "2025-04-20", "2025-04-20", "JP")));
        TimeScale scale = TimeScale.of(LocalDate.of(2025, 3, 25).toEpochDay(), 10, 1000);
        TimelineFrame frame = frame(index, scale);
        ItemBox first = frame.boxes().get(0);
        ItemBox second = frame.boxes().get(1);
        assertThat(first.y()).isEqualTo(second.y());
        assertThat(first.labelX() + first.labelRoom()).isLessThan(second.x());
        assertThat(second.labelX() + second.labelRoom()).isEqualTo(1000);
    }

    @Test
    void aCrossBorderItemIsJoinedByAConnectorAndHitInBothLanes() {
        TimelineIndex index = new TimelineIndex(List.of(item("licence", "2025-04-01", "2025-04-30", "JP", "TW")));
        TimeScale scale = TimeScale.of(LocalDate.of(2025, 1, 1).toEpochDay(), 4, 1200);
        TimelineFrame frame = frame(index, scale);
        assertThat(frame.boxes()).hasSize(2);
        assertThat(frame.connectors()).hasSize(1);
        Connector connector = frame.connectors().get(0);
        assertThat(connector.bottom() - connector.top()).isEqualTo(frame.laneTop(1) - frame.laneTop(0));
        double[] noLabels = new double[frame.boxes().size()];
        for (ItemBox box : frame.boxes()) {
            assertThat(frame.hit(box.x() + 2, box.y() + 2, noLabels)).hasValue(0);
        }
        assertThat(frame.hit(5, 5, noLabels)).isEmpty();
        ItemBox first = frame.boxes().get(0);
        double besideTheBar = first.x() + first.width() + 30;
        assertThat(frame.hit(besideTheBar, first.y() + 2, noLabels)).isEmpty();
        assertThat(frame.hit(besideTheBar, first.y() + 2, new double[] {200, 0})).hasValue(0);
    }
}
