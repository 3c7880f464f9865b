package org.cgtatlas.feature.countries;

import java.util.Optional;

/**
 * Where the comparison gets trial counts from imported registry data (ClinicalTrials.gov). Called on the
 * background thread, so an implementation may query the database; empty while nothing has been imported.
 */
@FunctionalInterface
public interface RegistryTrialCounts {

    /** For a build or data folder without any registry import: the counted rows stay hidden. */
    RegistryTrialCounts NONE = Optional::empty;

    Optional<CountedTrials> latest();
}
