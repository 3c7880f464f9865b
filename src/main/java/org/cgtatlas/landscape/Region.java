package org.cgtatlas.landscape;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.cgtatlas.domain.Country;

/**
 * The one definition of the region CGT Atlas follows: the countries the {@code country} table marks in-region, in
 * their stored order. Lists of countries put the region first, in that order, then the others alphabetically.
 */
public final class Region {

    private final List<Country> countries;
    private final List<String> codes;

    private Region(List<Country> countries) {
        this.countries = List.copyOf(countries);
        this.codes = this.countries.stream().map(Country::code).toList();
    }

    public static Region of(List<Country> allCountries) {
        return new Region(allCountries.stream().filter(Country::inRegion).toList());
    }

    public List<Country> countries() {
        return countries;
    }

    public List<String> codes() {
        return codes;
    }

    public boolean contains(String countryCode) {
        return codes.contains(countryCode);
    }

    /** Region countries first in their stored order, then the others alphabetically by code. */
    public Comparator<String> order() {
        return Comparator.comparingInt(this::rank).thenComparing(Comparator.naturalOrder());
    }

    /** The codes sorted by {@link #order()}, each once. */
    public List<String> ordered(Collection<String> countryCodes) {
        List<String> ordered = new ArrayList<>(countryCodes.stream().distinct().toList());
        ordered.sort(order());
        return ordered;
    }

    private int rank(String code) {
        int index = codes.indexOf(code);
        return index < 0 ? codes.size() : index;
    }
}
