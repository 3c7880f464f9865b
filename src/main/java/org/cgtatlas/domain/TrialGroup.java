package org.cgtatlas.domain;

import java.util.List;
import java.util.Set;

/**
 * Registry trials classified as cell or gene therapy that share their sites' countries, their modality and their
 * phases: every count per country, per modality and per phase follows from these groups, each trial counted once.
 *
 * @param countryCodes ISO 3166-1 alpha-2 codes of the trials' sites (HK is its own region); empty when none is given
 * @param phases       the registry's phase codes, e.g. [PHASE1, PHASE2]; empty when not given
 * @param trials       how many trials the group holds
 */
public record TrialGroup(Set<String> countryCodes, Modality modality, List<String> phases, long trials) {

    public TrialGroup {
        countryCodes = Set.copyOf(countryCodes);
        phases = List.copyOf(phases);
    }
}
