package org.cgtatlas.landscape.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.landscape.countries.Landscapes.event;

import java.time.LocalDate;
import java.util.List;
import org.cgtatlas.domain.CollaborationEvent;
import org.junit.jupiter.api.Test;

class EventCalendarTest {

    private static final CollaborationEvent YEAR_ONLY = event("kobe", "2026", "JP");
    private static final CollaborationEvent MARCH = event("march", "2026-03-05", "JP");
    private static final CollaborationEvent JULY_2025 = event("july", "2025-07-20", "JP");
    private static final CollaborationEvent UNDATED = event("undated", null, "JP");
    private static final List<CollaborationEvent> ALL = List.of(YEAR_ONLY, MARCH, JULY_2025, UNDATED);

    @Test
    void anEventDatedOnlyToTheCurrentYearIsNeitherPastNorUpcoming() {
        EventCalendar calendar = new EventCalendar(LocalDate.of(2026, 11, 23));

        assertThat(calendar.isUndecided(YEAR_ONLY)).isTrue();
        assertThat(calendar.mostRecent(ALL)).contains(MARCH);
        assertThat(calendar.nextUpcoming(ALL)).isEmpty();
        assertThat(calendar.undecided(ALL)).containsExactly(YEAR_ONLY);
    }

    @Test
    void theSameEventIsUpcomingBeforeItsYearAndPastAfterIt() {
        assertThat(new EventCalendar(LocalDate.of(2025, 12, 1)).nextUpcoming(ALL)).contains(YEAR_ONLY);
        assertThat(new EventCalendar(LocalDate.of(2027, 1, 10)).mostRecent(ALL)).contains(YEAR_ONLY);
    }

    @Test
    void theLastTwelveMonthsHoldOnlyEventsDatedWhollyInside() {
        EventCalendar calendar = new EventCalendar(LocalDate.of(2026, 11, 23));

        assertThat(ALL.stream().filter(calendar::isInLastTwelveMonths)).containsExactly(MARCH);
        assertThat(new EventCalendar(LocalDate.of(2026, 7, 20)).isInLastTwelveMonths(JULY_2025)).isTrue();
        assertThat(new EventCalendar(LocalDate.of(2026, 7, 21)).isInLastTwelveMonths(JULY_2025)).isFalse();
    }
}
