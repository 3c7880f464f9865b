package org.cgtatlas.feature.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.landscape.timeline.TestEvents.event;

import java.time.LocalDate;
import java.util.List;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.landscape.timeline.TestEvents;
import org.cgtatlas.ui.timeline.TimelineItem;
import org.cgtatlas.ui.timeline.TimelineLane;
import org.junit.jupiter.api.Test;

class TimelineItemsTest {

    private static final List<CollaborationEvent> EVENTS = List.of(
            event("month", EventType.LICENSING, "2025-04", List.of("TW", "JP"), "tw1", "jp1"),
            event("year", EventType.REGULATORY, "2024", List.of("KR")),
            event("day", EventType.VISIT, "2023-11-02", List.of("JP"), "jp2"),
            event("undated", EventType.COLLABORATION, null, List.of("KR"), "kr1"),
            event("elsewhere", EventType.MOU, "2022-01-10", List.of("US")));

    private final TimelineItems items = new TimelineItems(TestEvents.lookup(), code -> "Country " + code);

    private TimelineItem item(String id, LaneMode mode) {
        return items.items(EVENTS, mode).stream().filter(item -> item.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void monthAndYearDatesAreSpansOverTheirWholePeriod() {
        TimelineItem month = item("month", LaneMode.COUNTRY);
        assertThat(month.span()).isTrue();
        assertThat(month.start()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(month.end()).isEqualTo(LocalDate.of(2025, 4, 30));
        TimelineItem year = item("year", LaneMode.COUNTRY);
        assertThat(year.span()).isTrue();
        assertThat(year.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void dayDatesAreMarkersOfOneDay() {
        TimelineItem day = item("day", LaneMode.COUNTRY);
        assertThat(day.span()).isFalse();
        assertThat(day.start()).isEqualTo(day.end()).isEqualTo(LocalDate.of(2023, 11, 2));
    }

    @Test
    void undatedEventsAreNotPlaced() {
        assertThat(items.items(EVENTS, LaneMode.COUNTRY)).extracting(TimelineItem::id).doesNotContain("undated");
    }

    @Test
    void aTwoCountryEventShowsInBothCountryLanesAndOnceByType() {
        assertThat(item("month", LaneMode.COUNTRY).lanes()).containsExactly("TW", "JP");
        assertThat(item("month", LaneMode.TYPE).lanes()).containsExactly("LICENSING");
    }

    @Test
    void countryLanesPutTheFocusCountriesFirst() {
        assertThat(items.lanes(EVENTS, LaneMode.COUNTRY)).extracting(TimelineLane::key)
                .containsExactly("CN", "JP", "KR", "TW", "US");
        assertThat(items.lanes(EVENTS, LaneMode.TYPE)).extracting(TimelineLane::label)
                .containsExactly("MOU", "Licensing", "Visit", "Regulatory");
    }

    @Test
    void theTooltipGivesDateTitleAndParties() {
        assertThat(item("month", LaneMode.COUNTRY).tooltip())
                .contains("2025-04", "Event month", "DuoGenic StemCells (TW)", "A&I Co. (JP)");
    }

    @Test
    void theBundledProjectionIsListedButNotDrawnAndNoAsOfCountIsDrawnAsAHappening() {
        Dataset bundled = TestEvents.bundled();
        List<TimelineItem> drawn = new TimelineItems(TestEvents.lookup(bundled), code -> code)
                .items(bundled.events(), LaneMode.COUNTRY);

        assertThat(bundled.events()).filteredOn(event -> event.id().equals("evt-locus-cell-hitachi-zhubei-facility"))
                .singleElement().satisfies(event -> assertThat(event.title()).contains("projected"));
        assertThat(drawn).extracting(TimelineItem::id).doesNotContain("evt-locus-cell-hitachi-zhubei-facility");
        assertThat(drawn).extracting(TimelineItem::title)
                .noneMatch(title -> title.contains("projected") || title.contains("as of") || title.contains("now approved"));
    }
}
