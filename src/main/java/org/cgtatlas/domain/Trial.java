package org.cgtatlas.domain;

import java.util.List;
import java.util.Set;

/**
 * A registered study as read from an export (ClinicalTrials.gov, or WHO ICTRP through {@link IctrpTrial#toTrial()}),
 * normalised across the export formats.
 * Text values are never null (empty when the export did not give them); {@code startDate}, {@code completionDate}
 * and {@code enrollment} are null when unknown.
 *
 * @param nctId          the registry key: the NCT number, e.g. {@code NCT01234567}, or for a trial known from a WHO
 *                       ICTRP export its TrialID, e.g. {@code ChiCTR2000029953}
 * @param status         the overall status in the registry's API form, e.g. {@code RECRUITING}
 * @param phases         e.g. {@code PHASE1}, {@code PHASE2}, {@code EARLY_PHASE1}, {@code NA}
 * @param funderType     the lead sponsor's class, e.g. {@code INDUSTRY}, {@code OTHER}, {@code NIH}
 * @param countryCodes   ISO 3166-1 alpha-2 codes of the countries (or regions such as HK) of its sites
 */
public record Trial(String nctId, String title, String status, List<String> phases, List<String> conditions,
                    List<Intervention> interventions, String sponsor, String funderType, PartialDate startDate,
                    PartialDate completionDate, Integer enrollment, Set<String> countryCodes) {

    public Trial {
        phases = List.copyOf(phases);
        conditions = List.copyOf(conditions);
        interventions = List.copyOf(interventions);
        countryCodes = Set.copyOf(countryCodes);
    }

    public String registryUrl() {
        return "https://clinicaltrials.gov/study/" + nctId;
    }
}
