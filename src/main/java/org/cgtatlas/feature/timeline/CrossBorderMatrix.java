package org.cgtatlas.feature.timeline;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cgtatlas.domain.CollaborationEvent;

/**
 * Counts collaborations between organizations of two countries. For each event, the countries of its parties
 * (a party with no known country counts as "Other/unknown"); when no party has a known country, the event's own
 * country list stands in. Every pair of different countries counts once per event, and a country with itself
 * once when at least two of the event's parties come from it.
 */
final class CrossBorderMatrix {

    private final List<String> countries;
    private final Map<CountryPair, Integer> counts;

    private CrossBorderMatrix(List<String> countries, Map<CountryPair, Integer> counts) {
        this.countries = countries;
        this.counts = counts;
    }

    static CrossBorderMatrix count(List<CollaborationEvent> events, EventCountries lookup) {
        Set<String> present = new LinkedHashSet<>(EventCountries.FOCUS);
        Map<CountryPair, Integer> counts = new HashMap<>();
        for (CollaborationEvent event : events) {
            for (CountryPair pair : pairsOf(event, lookup)) {
                counts.merge(pair, 1, Integer::sum);
                present.add(pair.first());
                present.add(pair.second());
            }
        }
        present.add(EventCountries.UNKNOWN);
        return new CrossBorderMatrix(EventCountries.ordered(present), counts);
    }

    /** The pairs one event counts in. */
    static Set<CountryPair> pairsOf(CollaborationEvent event, EventCountries lookup) {
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

    /** Rows and columns: CN, JP, KR, TW, the other countries present, then "Other/unknown". */
    List<String> countries() {
        return countries;
    }

    int count(String a, String b) {
        return counts.getOrDefault(CountryPair.of(a, b), 0);
    }
}
