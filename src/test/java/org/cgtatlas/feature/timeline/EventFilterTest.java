package org.cgtatlas.feature.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.landscape.timeline.TestEvents.event;

import java.util.List;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.landscape.timeline.CountryPair;
import org.cgtatlas.landscape.timeline.TestEvents;
import org.junit.jupiter.api.Test;

class EventFilterTest {

    private static final List<CollaborationEvent> EVENTS = List.of(
            event("licence", EventType.LICENSING, "2025-04", List.of("TW", "JP"), "tw1", "jp1"),
            event("visit", EventType.VISIT, "2023-11-02", List.of("JP"), "jp2"),
            event("undated", EventType.COLLABORATION, null, List.of("KR", "TW"), "kr1", "tw2"),
            event("law", EventType.REGULATORY, "2024", List.of("KR")));

    private static List<String> ids(EventFilter filter) {
        return filter.apply(EVENTS, TestEvents.lookup()).stream().map(CollaborationEvent::id).toList();
    }

    @Test
    void anEmptyFilterKeepsEverything() {
        assertThat(ids(EventFilter.ALL)).containsExactly("licence", "visit", "undated", "law");
    }

    @Test
    void filtersByTypeCountryAndOrganization() {
        assertThat(ids(new EventFilter(EventType.VISIT, null, null, null, null, null, null))).containsExactly("visit");
        assertThat(ids(new EventFilter(null, "TW", null, null, null, null, null))).containsExactly("licence", "undated");
        assertThat(ids(new EventFilter(null, null, "jp1", null, null, null, null))).containsExactly("licence");
    }

    @Test
    void theYearRangeKeepsDatedEventsOverlappingIt() {
        assertThat(ids(new EventFilter(null, null, null, 2024, 2024, null, null))).containsExactly("law");
        assertThat(ids(new EventFilter(null, null, null, 2024, null, null, null))).containsExactly("licence", "law");
        assertThat(ids(new EventFilter(null, null, null, null, 2023, null, null))).containsExactly("visit");
    }

    @Test
    void freeTextIgnoresCaseAndAccentsAndSearchesPartyNames() {
        assertThat(ids(new EventFilter(null, null, null, null, null, "MEDINET", null))).containsExactly("visit");
        assertThat(ids(new EventFilter(null, null, null, null, null, "duogénic", null))).containsExactly("licence");
        assertThat(ids(new EventFilter(null, null, null, null, null, "law  EVENT", null))).containsExactly("law");
    }

    @Test
    void aMatrixCellKeepsTheEventsCountedInIt() {
        assertThat(ids(EventFilter.ALL.withPair(CountryPair.of("JP", "TW")))).containsExactly("licence");
        assertThat(ids(EventFilter.ALL.withPair(CountryPair.of("TW", "KR")))).containsExactly("undated");
    }
}
