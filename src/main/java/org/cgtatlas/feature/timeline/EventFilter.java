package org.cgtatlas.feature.timeline;

import java.util.Arrays;
import java.util.List;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.landscape.SearchText;
import org.cgtatlas.landscape.timeline.CountryPair;
import org.cgtatlas.landscape.timeline.CrossBorderMatrix;
import org.cgtatlas.landscape.timeline.EventCountries;

/**
 * What the Timeline screen shows: every criterion is optional (null or blank matches all). The year range keeps
 * events whose dated span overlaps it (undated events only when no year is set); every word of the text must
 * appear in the title, description, place or a party's name, regardless of case and accents; a country pair
 * keeps the events counted in that cell of the cross-border matrix.
 */
record EventFilter(org.cgtatlas.domain.EventType type, String countryCode, String organizationId, Integer fromYear,
                   Integer toYear, String text, CountryPair pair) {

    static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null);

    EventFilter withPair(CountryPair newPair) {
        return new EventFilter(type, countryCode, organizationId, fromYear, toYear, text, newPair);
    }

    List<CollaborationEvent> apply(List<CollaborationEvent> events, EventCountries lookup) {
        return apply(events, lookup, new SearchTexts(lookup));
    }

    /** Filters with the searchable texts folded earlier, for repeated filtering of the same events. */
    List<CollaborationEvent> apply(List<CollaborationEvent> events, EventCountries lookup, SearchTexts texts) {
        List<String> words = Arrays.stream(SearchText.fold(text).strip().split("\\s+"))
                .filter(word -> !word.isEmpty()).toList();
        return events.stream().filter(event -> matches(event, lookup, texts, words)).toList();
    }

    private boolean matches(CollaborationEvent event, EventCountries lookup, SearchTexts texts, List<String> words) {
        return (type == null || event.type() == type)
                && (countryCode == null || lookup.allCountries(event).contains(countryCode))
                && (organizationId == null || event.participants().stream()
                        .anyMatch(participant -> participant.organizationId().equals(organizationId)))
                && inYears(event)
                && (words.isEmpty() || containsAll(texts.of(event), words))
                && (pair == null || CrossBorderMatrix.pairsOf(event, lookup).contains(pair));
    }

    private static boolean containsAll(String haystack, List<String> words) {
        return words.stream().allMatch(haystack::contains);
    }

    private boolean inYears(CollaborationEvent event) {
        if (fromYear == null && toYear == null) {
            return true;
        }
        if (event.date() == null) {
            return false;
        }
        int first = event.date().start().getYear();
        int last = (event.endDate() == null ? event.date() : event.endDate()).end().getYear();
        return (fromYear == null || last >= fromYear) && (toYear == null || first <= toYear);
    }
}
