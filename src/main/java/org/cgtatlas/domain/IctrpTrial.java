package org.cgtatlas.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A trial as the WHO ICTRP search portal exports it (XML or CSV), its values trimmed of the whitespace and line breaks
 * the portal adds. Text values are never null (empty when not given); dates and the target size are null when not
 * given or not understood.
 *
 * @param trialId           the ICTRP TrialID as written, e.g. {@code ChiCTR2000029953}, {@code JPRN-jRCT2051190001}
 * @param sourceRegister    the register it comes from, as ICTRP names it ({@code ChiCTR}, {@code JPRN}, {@code CRiS}, …)
 * @param secondaryIds      ids of the same trial in other registers ({@code Secondary_ID}), as written
 * @param status            the recruitment status upper-cased with underscores ({@code RECRUITING}, {@code NOT_RECRUITING})
 * @param phases            the phase normalised as ClinicalTrials.gov writes it ({@code PHASE1}, {@code NA}); empty if not understood
 * @param phaseText         the phase as written
 * @param countryCodes      ISO 3166-1 alpha-2 codes of its countries (HK is its own region)
 * @param countriesInferred true when {@code Countries} was blank and the register's home country was counted instead
 * @param countriesText     the {@code Countries} value as written
 */
public record IctrpTrial(String trialId, String sourceRegister, List<String> secondaryIds, String publicTitle,
                         String scientificTitle, String sponsor, String status, List<String> phases, String phaseText,
                         List<String> conditions, String interventions, Set<String> countryCodes, boolean countriesInferred,
                         String countriesText, LocalDate registered, PartialDate enrolment, Integer targetSize,
                         String webAddress) {

    public IctrpTrial {
        secondaryIds = List.copyOf(secondaryIds);
        phases = List.copyOf(phases);
        conditions = List.copyOf(conditions);
        countryCodes = Set.copyOf(countryCodes);
    }

    /**
     * The trial in the form the classifier, the Trials screen and the exports read: its TrialID as the key, the public
     * title (the scientific one when there is none), the interventions' text as one intervention without a type, the
     * date of first enrolment as the start.
     */
    public Trial toTrial() {
        List<Intervention> intervention = new ArrayList<>(1);
        if (!interventions.isEmpty()) {
            intervention.add(new Intervention("", interventions));
        }
        return new Trial(trialId, publicTitle.isEmpty() ? scientificTitle : publicTitle, status, phases, conditions,
                intervention, sponsor, "", enrolment, null, targetSize, countryCodes);
    }
}
