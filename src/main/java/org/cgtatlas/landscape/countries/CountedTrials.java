package org.cgtatlas.landscape.countries;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.RegistrySource;
import org.cgtatlas.domain.RegistryTrialCounts;
import org.cgtatlas.domain.TrialCountryCounts;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.trials.RegistryProvenance;

/**
 * CGT trials counted from imported registry records (not reported by a source): totals per country (ISO code),
 * counts per country and modality, the day of the newest import and the sources they come from. A country absent
 * from the maps was not counted.
 *
 * @param inferredByCountry CGT trials counted for a country only because a blank ICTRP {@code Countries} stood for the
 *                          register's home country
 */
public record CountedTrials(Map<String, Integer> totalsByCountry, Map<String, Map<Modality, Integer>> byCountryAndModality,
                            LocalDate importedOn, List<RegistrySource> sources, Map<String, Integer> inferredByCountry) {

    public CountedTrials {
        totalsByCountry = Map.copyOf(totalsByCountry);
        byCountryAndModality = byCountryAndModality.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Map.copyOf(entry.getValue())));
        sources = List.copyOf(sources);
        inferredByCountry = Map.copyOf(inferredByCountry);
        if (importedOn == null) {
            throw new IllegalArgumentException("Counted trials need the date of their import");
        }
    }

    /** Counts whose sources are not known beyond the day of the import. */
    public CountedTrials(Map<String, Integer> totalsByCountry, Map<String, Map<Modality, Integer>> byCountryAndModality,
                         LocalDate importedOn) {
        this(totalsByCountry, byCountryAndModality, importedOn, List.of(), Map.of());
    }

    /**
     * The counted rows from imported registry trials: per country the trials classified as cell or gene therapy, and
     * those per modality. A region country without any such trial counts 0, since the registries were searched.
     * Empty while nothing has been imported.
     */
    public static Optional<CountedTrials> of(Landscape landscape) {
        RegistryTrialCounts registry = landscape.registryTrials();
        return registry.latestImportTime().map(time -> {
            Map<String, Integer> totals = new HashMap<>();
            Map<String, Map<Modality, Integer>> byModality = new HashMap<>();
            Map<String, Integer> inferred = new HashMap<>();
            landscape.region().codes().forEach(code -> totals.put(code, 0));
            for (TrialCountryCounts country : registry.countries()) {
                totals.put(country.countryCode(), Math.toIntExact(country.cgtTrials()));
                Map<Modality, Integer> modalities = new HashMap<>();
                country.byModality().forEach((modality, count) -> modalities.put(modality, Math.toIntExact(count)));
                byModality.put(country.countryCode(), modalities);
                if (country.inferredCgtTrials() > 0) {
                    inferred.put(country.countryCode(), Math.toIntExact(country.inferredCgtTrials()));
                }
            }
            return new CountedTrials(totals, byModality, RegistryProvenance.day(time), registry.sources(), inferred);
        });
    }

    public Optional<Integer> total(String countryCode) {
        return Optional.ofNullable(totalsByCountry.get(countryCode));
    }

    public Map<Modality, Integer> byModality(String countryCode) {
        return byCountryAndModality.getOrDefault(countryCode, Map.of());
    }

    public int inferred(String countryCode) {
        return inferredByCountry.getOrDefault(countryCode, 0);
    }

    /** "ClinicalTrials.gov imported 2026-12-03; WHO ICTRP (ChiCTR) exported 2020-04-07, imported 2026-12-03". */
    public String provenance() {
        return sources.isEmpty() ? "imported " + importedOn : RegistryProvenance.text(sources);
    }

    /** WHO's terms when any count comes from an ICTRP export. */
    public List<String> terms() {
        return RegistryProvenance.terms(sources);
    }
}
