package org.cgtatlas.domain;

import java.util.List;
import java.util.Set;

/**
 * Where one trial is registered, after records of several registers that name the same trial were joined into one.
 *
 * @param registry          the register of its primary id ({@code ClinicalTrials.gov}, {@code ChiCTR}, {@code JPRN}, …)
 * @param registries        every register it was found in, the primary one first
 * @param alsoRegisteredAs  its other ids, each with its register, e.g. {@code ChiCTR2000029990 (ChiCTR)}
 * @param inferredCountries countries counted only because a blank ICTRP {@code Countries} stood for the register's home
 * @param fromIctrp         true when any of its records came from a WHO ICTRP export (its terms then apply)
 * @param webAddress        its page at the primary register
 */
public record TrialRegistration(String registry, List<String> registries, List<String> alsoRegisteredAs,
                                Set<String> inferredCountries, boolean fromIctrp, String webAddress) {

    public static final String CLINICALTRIALS_GOV = "ClinicalTrials.gov";
    public static final String WHO_ICTRP = "WHO ICTRP";

    public TrialRegistration {
        registries = List.copyOf(registries);
        alsoRegisteredAs = List.copyOf(alsoRegisteredAs);
        inferredCountries = Set.copyOf(inferredCountries);
    }

    /** A trial known from a ClinicalTrials.gov import only. */
    public static TrialRegistration clinicalTrialsGov(Trial trial) {
        return new TrialRegistration(CLINICALTRIALS_GOV, List.of(CLINICALTRIALS_GOV), List.of(), Set.of(), false,
                trial.registryUrl());
    }

    public boolean isIn(String register) {
        return registries.stream().anyMatch(name -> name.equalsIgnoreCase(register));
    }
}
