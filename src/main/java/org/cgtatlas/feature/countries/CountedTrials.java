package org.cgtatlas.feature.countries;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cgtatlas.domain.Modality;

/**
 * Trials counted from imported registry records (not reported by a source): totals per country (ISO code),
 * counts per country and modality, and the day of the import. A country absent from the maps was not counted.
 */
public record CountedTrials(Map<String, Integer> totalsByCountry, Map<String, Map<Modality, Integer>> byCountryAndModality,
                            LocalDate importedOn) {

    public CountedTrials {
        totalsByCountry = Map.copyOf(totalsByCountry);
        byCountryAndModality = byCountryAndModality.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Map.copyOf(entry.getValue())));
        if (importedOn == null) {
            throw new IllegalArgumentException("Counted trials need the date of their import");
        }
    }

    public Optional<Integer> total(String countryCode) {
        return Optional.ofNullable(totalsByCountry.get(countryCode));
    }

    public Map<Modality, Integer> byModality(String countryCode) {
        return byCountryAndModality.getOrDefault(countryCode, Map.of());
    }
}
