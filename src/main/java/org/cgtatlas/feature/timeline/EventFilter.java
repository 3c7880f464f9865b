package org.cgtatlas.feature.timeline;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.EventParticipant;

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
        List<String> words = Arrays.stream(SearchText.fold(text).strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
        return events.stream().filter(event -> matches(event, lookup, words)).toList();
    }

    private boolean matches(CollaborationEvent event, EventCountries lookup, List<String> words) {
        return (type == null || event.type() == type)
                && (countryCode == null || lookup.allCountries(event).contains(countryCode))
                && (organizationId == null || event.participants().stream()
                        .anyMatch(participant -> participant.organizationId().equals(organizationId)))
                && inYears(event)
                && (words.isEmpty() || containsAll(SearchText.fold(searchable(event, lookup)), words))
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

    private static String searchable(CollaborationEvent event, EventCountries lookup) {
        Stream<String> parties = event.participants().stream().map(EventParticipant::organizationId)
                .map(lookup::organization).filter(java.util.Objects::nonNull)
                .flatMap(organization -> Stream.of(organization.name(), organization.localName()));
        return Stream.concat(Stream.of(event.title(), event.description(), event.place()), parties)
                .filter(java.util.Objects::nonNull).reduce("", (all, part) -> all + "\n" + part);
    }
}
