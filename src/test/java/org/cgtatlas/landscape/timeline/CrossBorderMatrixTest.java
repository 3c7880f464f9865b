package org.cgtatlas.landscape.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.landscape.timeline.TestEvents.event;

import java.util.List;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.EventType;
import org.junit.jupiter.api.Test;

class CrossBorderMatrixTest {

    private static final List<CollaborationEvent> EVENTS = List.of(
            event("licence", EventType.LICENSING, "2025-04", List.of("TW", "JP"), "tw1", "jp1"),
            event("networking", EventType.NETWORKING_EVENT, "2025-04", List.of("TW", "JP"), "tw1", "tw2", "jp1", "jp2"),
            event("partnership", EventType.COLLABORATION, null, List.of("KR", "TW"), "kr1", "tw2"),
            event("approval", EventType.APPROVAL, "2025", List.of("JP"), "jp2"),
            event("conference", EventType.CONFERENCE, "2026", List.of("JP"), "jp1", "x1"),
            event("law", EventType.REGULATORY, "2024", List.of("KR", "DE")));

    private final CrossBorderMatrix matrix = CrossBorderMatrix.count(EVENTS, TestEvents.lookup());

    @Test
    void eachPairOfCountriesCountsOncePerEvent() {
        assertThat(matrix.count("TW", "JP")).isEqualTo(2);
        assertThat(matrix.count("JP", "TW")).isEqualTo(2);
        assertThat(matrix.count("KR", "TW")).isEqualTo(1);
        assertThat(matrix.count("CN", "JP")).isZero();
    }

    @Test
    void aCountryPairsWithItselfOnlyWhenTwoOfItsPartiesTakePart() {
        assertThat(matrix.count("TW", "TW")).isEqualTo(1);
        assertThat(matrix.count("JP", "JP")).isEqualTo(1);
        assertThat(matrix.count("KR", "KR")).isZero();
    }

    @Test
    void partiesWithoutACountryCountAsOtherAndTheEventsCountriesStandInWhenNoPartyHasOne() {
        assertThat(matrix.count("JP", EventCountries.UNKNOWN)).isEqualTo(1);
        assertThat(matrix.count("KR", "DE")).isEqualTo(1);
    }

    @Test
    void theFocusCountriesComeFirstThenOthersThenUnknown() {
        assertThat(matrix.countries()).containsExactly("CN", "JP", "KR", "TW", "DE", EventCountries.UNKNOWN);
    }

    @Test
    void theBundledDuoGenicLicenceCountsInTaiwanJapan() {
        Dataset dataset = TestEvents.bundled();
        EventCountries lookup = TestEvents.lookup(dataset);
        CollaborationEvent licence = dataset.events().stream()
                .filter(event -> event.id().equals("evt-duogenic-a-and-i-ai-cells-licence")).findFirst().orElseThrow();
        assertThat(CrossBorderMatrix.pairsOf(licence, lookup)).containsExactly(CountryPair.of("TW", "JP"));

        CrossBorderMatrix bundled = CrossBorderMatrix.count(dataset.events(), lookup);
        CrossBorderMatrix withoutLicence = CrossBorderMatrix.count(
                dataset.events().stream().filter(event -> event != licence).toList(), lookup);
        assertThat(bundled.count("TW", "JP")).isEqualTo(withoutLicence.count("TW", "JP") + 1).isGreaterThan(5);
        assertThat(bundled.count("KR", "JP")).isPositive();
        assertThat(bundled.countries()).startsWith("CN", "JP", "KR", "TW").endsWith(EventCountries.UNKNOWN);
    }
}
