package org.cgtatlas.feature.timeline;

import java.util.Comparator;

/** An unordered pair of countries (a cell of the cross-border matrix and its mirror); {@code first == second} on the diagonal. */
record CountryPair(String first, String second) {

    static CountryPair of(String a, String b) {
        Comparator<String> order = Comparator.comparingInt(CountryPair::rank).thenComparing(Comparator.naturalOrder());
        return order.compare(a, b) <= 0 ? new CountryPair(a, b) : new CountryPair(b, a);
    }

    private static int rank(String code) {
        int focus = EventCountries.FOCUS.indexOf(code);
        if (focus >= 0) {
            return focus;
        }
        return EventCountries.UNKNOWN.equals(code) ? Integer.MAX_VALUE : EventCountries.FOCUS.size();
    }
}
