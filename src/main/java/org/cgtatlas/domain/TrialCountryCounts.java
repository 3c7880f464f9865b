package org.cgtatlas.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Registry trials counted for one country: a trial counts when at least one of its sites is there, once however many
 * registers list it.
 *
 * @param countryCode   ISO 3166-1 alpha-2 (HK is its own region)
 * @param allTrials     every imported trial with a site there
 * @param cgtTrials     those classified as cell or gene therapy
 * @param byModality    the CGT trials per modality, in the order of {@link Modality}
 * @param inferredTrials    of {@code allTrials}, those counted only because a blank ICTRP {@code Countries} stood for
 *                          the register's home country
 * @param inferredCgtTrials of {@code cgtTrials}, those counted so
 * @param byRegistry        all trials by the register of their primary id, most first
 * @param cgtByRegistry     the CGT trials so
 */
public record TrialCountryCounts(String countryCode, long allTrials, long cgtTrials, Map<Modality, Long> byModality,
                                 long inferredTrials, long inferredCgtTrials, Map<String, Long> byRegistry,
                                 Map<String, Long> cgtByRegistry) {

    public TrialCountryCounts {
        EnumMap<Modality, Long> inOrder = new EnumMap<>(Modality.class);
        inOrder.putAll(byModality);
        byModality = Collections.unmodifiableMap(inOrder);
        byRegistry = mostFirst(byRegistry);
        cgtByRegistry = mostFirst(cgtByRegistry);
    }

    /** ClinicalTrials.gov counts, none of which were inferred. */
    public TrialCountryCounts(String countryCode, long allTrials, long cgtTrials, Map<Modality, Long> byModality) {
        this(countryCode, allTrials, cgtTrials, byModality, 0, 0,
                allTrials == 0 ? Map.of() : Map.of(TrialRegistration.CLINICALTRIALS_GOV, allTrials),
                cgtTrials == 0 ? Map.of() : Map.of(TrialRegistration.CLINICALTRIALS_GOV, cgtTrials));
    }

    private static Map<String, Long> mostFirst(Map<String, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
        return Collections.unmodifiableMap(ordered);
    }

    public long count(Modality modality) {
        return byModality.getOrDefault(modality, 0L);
    }
}
