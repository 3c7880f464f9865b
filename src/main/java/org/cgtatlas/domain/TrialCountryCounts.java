package org.cgtatlas.domain;

import java.util.Map;

/**
 * Registry trials counted for one country: a trial counts when at least one of its sites is there.
 *
 * @param countryCode ISO 3166-1 alpha-2 (HK is its own region)
 * @param allTrials   every imported trial with a site there
 * @param cgtTrials   those classified as cell or gene therapy
 * @param byModality  the CGT trials per modality
 */
public record TrialCountryCounts(String countryCode, long allTrials, long cgtTrials, Map<Modality, Long> byModality) {

    public TrialCountryCounts {
        byModality = Map.copyOf(byModality);
    }

    public long count(Modality modality) {
        return byModality.getOrDefault(modality, 0L);
    }
}
