package org.cgtatlas.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineItemTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void anItemNotOverByTodayIsDrawnAsFuture() {
        TimelineItem annualMeeting = LaneLayoutTest.item("kobe", "2026-01-01", "2026-12-31", "JP");
        TimelineItem announced = LaneLayoutTest.item("mou", "2026-07-01", "2026-07-01", "JP");
        TimelineItem past = LaneLayoutTest.item("licence", "2025-04-01", "2025-04-30", "JP");
        assertThat(annualMeeting.notOverBy(TODAY)).isTrue();
        assertThat(announced.notOverBy(TODAY)).isTrue();
        assertThat(past.notOverBy(TODAY)).isFalse();
        assertThat(LaneLayoutTest.item("today", "2026-03-10", "2026-03-10", "JP").notOverBy(TODAY)).isFalse();
    }

    @Test
    void anItemMayNotEndBeforeItStarts() {
        assertThatThrownBy(() -> new TimelineItem("x", "x", TODAY, TODAY.minusDays(1), false, List.of(), 0, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
