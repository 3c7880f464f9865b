package org.cgtatlas.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Trials counted from imported registry data, per country, with when the newest import happened and the sources the
 * counts come from, so a screen can label them "counted from registry data, imported …".
 *
 * @param countries    one entry per country with at least one trial, most trials first
 * @param latestImport the newest import, null when nothing was imported
 * @param sources      the sources imported (ClinicalTrials.gov, WHO ICTRP), with their dates and registers
 */
public record RegistryTrialCounts(List<TrialCountryCounts> countries, Instant latestImport, List<RegistrySource> sources) {

    public RegistryTrialCounts {
        countries = List.copyOf(countries);
        sources = List.copyOf(sources);
    }

    public RegistryTrialCounts(List<TrialCountryCounts> countries, Instant latestImport) {
        this(countries, latestImport, List.of());
    }

    public Optional<TrialCountryCounts> country(String countryCode) {
        return countries.stream().filter(counts -> counts.countryCode().equals(countryCode)).findFirst();
    }

    public Optional<Instant> latestImportTime() {
        return Optional.ofNullable(latestImport);
    }

    /** The WHO ICTRP source, when an ICTRP export was imported. */
    public Optional<RegistrySource> ictrp() {
        return sources.stream().filter(RegistrySource::isIctrp).findFirst();
    }
}
