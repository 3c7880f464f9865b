package org.cgtatlas.landscape.countries;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.RegistryTrialCounts;
import org.cgtatlas.domain.TrialCountryCounts;
import org.cgtatlas.landscape.Landscape;

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

    /**
     * The counted rows from imported ClinicalTrials.gov trials: per country the trials classified as cell or gene
     * therapy, and those per modality. A region country without any such trial counts 0, since the registry was
     * searched. Empty while nothing has been imported.
     */
    public static Optional<CountedTrials> of(Landscape landscape) {
        RegistryTrialCounts registry = landscape.registryTrials();
        return registry.latestImportTime().map(time -> {
            Map<String, Integer> totals = new HashMap<>();
            Map<String, Map<Modality, Integer>> byModality = new HashMap<>();
            landscape.region().codes().forEach(code -> totals.put(code, 0));
            for (TrialCountryCounts country : registry.countries()) {
                totals.put(country.countryCode(), Math.toIntExact(country.cgtTrials()));
                Map<Modality, Integer> modalities = new HashMap<>();
                country.byModality().forEach((modality, count) -> modalities.put(modality, Math.toIntExact(count)));
                byModality.put(country.countryCode(), modalities);
            }
            return new CountedTrials(totals, byModality, LocalDate.ofInstant(time, ZoneId.systemDefault()));
        });
    }

    public Optional<Integer> total(String countryCode) {
        return Optional.ofNullable(totalsByCountry.get(countryCode));
    }

    public Map<Modality, Integer> byModality(String countryCode) {
        return byCountryAndModality.getOrDefault(countryCode, Map.of());
    }
}
