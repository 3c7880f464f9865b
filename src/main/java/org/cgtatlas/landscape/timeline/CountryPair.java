package org.cgtatlas.landscape.timeline;

/**
 * An unordered pair of countries (a cell of the cross-border matrix and its mirror); {@code first == second} on the
 * diagonal. The codes are kept in alphabetical order, "Other/unknown" last, so a pair and its mirror are equal.
 */
public record CountryPair(String first, String second) {

    public static CountryPair of(String a, String b) {
        return rank(a).compareTo(rank(b)) <= 0 ? new CountryPair(a, b) : new CountryPair(b, a);
    }

    private static String rank(String code) {
        return EventCountries.UNKNOWN.equals(code) ? "\uffff" : code;
    }
}
