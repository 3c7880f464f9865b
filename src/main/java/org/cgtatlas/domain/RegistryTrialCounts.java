package org.cgtatlas.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Trials counted from imported registry data, per country, with when the newest import happened,
 * so a screen can label them "counted from registry data, imported …".
 *
 * @param countries    one entry per country with at least one trial, most trials first
 * @param latestImport the newest import, null when nothing was imported
 */
public record RegistryTrialCounts(List<TrialCountryCounts> countries, Instant latestImport) {

    public RegistryTrialCounts {
        countries = List.copyOf(countries);
    }

    public Optional<TrialCountryCounts> country(String countryCode) {
        return countries.stream().filter(counts -> counts.countryCode().equals(countryCode)).findFirst();
    }

    public Optional<Instant> latestImportTime() {
        return Optional.ofNullable(latestImport);
    }
}
