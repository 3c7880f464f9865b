package org.cgtatlas.landscape.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cgtatlas.domain.CollaborationEvent;

/**
 * Counts collaborations between organizations of two countries, for the Timeline screen and the PDF alike. For each
 * event, the countries of its parties (a party with no known country counts as "Other/unknown"); when no party has a
 * known country, the event's own country list stands in. Every pair of different countries counts once per event,
 * and a country with itself once when at least two of the event's parties come from it. Rows and columns: the
 * region, the other countries present, then "Other/unknown".
 */
public final class CrossBorderMatrix {

    private final List<String> countries;
    private final Map<CountryPair, Integer> counts;
    private final List<CollaborationEvent> countedEvents;

    private CrossBorderMatrix(List<String> countries, Map<CountryPair, Integer> counts, List<CollaborationEvent> countedEvents) {
        this.countries = List.copyOf(countries);
        this.counts = Map.copyOf(counts);
        this.countedEvents = List.copyOf(countedEvents);
    }

    public static CrossBorderMatrix count(List<CollaborationEvent> events, EventCountries lookup) {
        Set<String> present = new LinkedHashSet<>(lookup.region().codes());
        Map<CountryPair, Integer> counts = new HashMap<>();
        List<CollaborationEvent> counted = new ArrayList<>();
        for (CollaborationEvent event : events) {
            Set<CountryPair> pairs = pairsOf(event, lookup);
            for (CountryPair pair : pairs) {
                counts.merge(pair, 1, Integer::sum);
                present.add(pair.first());
                present.add(pair.second());
            }
            if (!pairs.isEmpty()) {
                counted.add(event);
            }
        }
        present.add(EventCountries.UNKNOWN);
        return new CrossBorderMatrix(lookup.ordered(present), counts, counted);
    }

    /** The pairs one event counts in. */
    public static Set<CountryPair> pairsOf(CollaborationEvent event, EventCountries lookup) {
        Map<String, Integer> parties = lookup.partyCountries(event);
        boolean noKnownParty = parties.keySet().stream().allMatch(EventCountries.UNKNOWN::equals);
        if (noKnownParty && !event.countryCodes().isEmpty()) {
            parties = new HashMap<>();
            for (String code : event.countryCodes()) {
                parties.merge(code, 1, Integer::sum);
            }
        }
        List<String> codes = List.copyOf(parties.keySet());
        Set<CountryPair> pairs = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (parties.get(codes.get(i)) >= 2) {
                pairs.add(CountryPair.of(codes.get(i), codes.get(i)));
            }
            for (int j = i + 1; j < codes.size(); j++) {
                pairs.add(CountryPair.of(codes.get(i), codes.get(j)));
            }
        }
        return pairs;
    }

    /** Rows and columns: the region, the other countries present, then {@link EventCountries#UNKNOWN}. */
    public List<String> countries() {
        return countries;
    }

    public int count(String a, String b) {
        return counts.getOrDefault(CountryPair.of(a, b), 0);
    }

    /** The events that count in at least one cell, in the given order. */
    public List<CollaborationEvent> countedEvents() {
        return countedEvents;
    }
}
