package org.cgtatlas.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Registry trials counted for one country: a trial counts when at least one of its sites is there.
 *
 * @param countryCode ISO 3166-1 alpha-2 (HK is its own region)
 * @param allTrials   every imported trial with a site there
 * @param cgtTrials   those classified as cell or gene therapy
 * @param byModality  the CGT trials per modality, in the order of {@link Modality}
 */
public record TrialCountryCounts(String countryCode, long allTrials, long cgtTrials, Map<Modality, Long> byModality) {

    public TrialCountryCounts {
        EnumMap<Modality, Long> inOrder = new EnumMap<>(Modality.class);
        inOrder.putAll(byModality);
        byModality = Collections.unmodifiableMap(inOrder);
    }

    public long count(Modality modality) {
        return byModality.getOrDefault(modality, 0L);
    }
}
