package org.cgtatlas.feature.countries;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.TrialCountryCounts;

/**
 * The counted rows from imported ClinicalTrials.gov trials: per country the trials classified as cell or gene therapy,
 * and those per modality. A focus country without any such trial is counted as 0, since the registry was searched.
 */
public final class ImportedTrialCounts implements RegistryTrialCounts {

    private final Supplier<org.cgtatlas.domain.RegistryTrialCounts> counts;
    private final Supplier<List<String>> focusCountries;

    public ImportedTrialCounts(Supplier<org.cgtatlas.domain.RegistryTrialCounts> counts, Supplier<List<String>> focusCountries) {
        this.counts = counts;
        this.focusCountries = focusCountries;
    }

    @Override
    public Optional<CountedTrials> latest() {
        org.cgtatlas.domain.RegistryTrialCounts registry = counts.get();
        return registry.latestImportTime().map(time -> {
            Map<String, Integer> totals = new HashMap<>();
            Map<String, Map<Modality, Integer>> byModality = new HashMap<>();
            focusCountries.get().forEach(code -> totals.put(code, 0));
            for (TrialCountryCounts country : registry.countries()) {
                totals.put(country.countryCode(), Math.toIntExact(country.cgtTrials()));
                Map<Modality, Integer> modalities = new HashMap<>();
                country.byModality().forEach((modality, count) -> modalities.put(modality, Math.toIntExact(count)));
                byModality.put(country.countryCode(), modalities);
            }
            return new CountedTrials(totals, byModality, LocalDate.ofInstant(time, ZoneId.systemDefault()));
        });
    }
}
