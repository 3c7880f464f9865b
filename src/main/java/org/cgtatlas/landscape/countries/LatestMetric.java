package org.cgtatlas.landscape.countries;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.MetricKind;
import org.cgtatlas.domain.PartialDate;

/**
 * Picks the figure to show when several are reported for the same country and kind: the latest as-of date
 * wins (an undated figure counts as the oldest); on the same date the alphabetically first id wins.
 */
public final class LatestMetric {

    private static final Comparator<CountryMetric> PREFERENCE = Comparator
            .comparing(CountryMetric::asOf, Comparator.nullsLast(Comparator.<PartialDate>reverseOrder()))
            .thenComparing(CountryMetric::id);

    private LatestMetric() {
    }

    public static Optional<CountryMetric> of(Collection<CountryMetric> metrics, String countryCode, MetricKind kind) {
        return metrics.stream()
                .filter(metric -> metric.kind() == kind && countryCode.equals(metric.countryCode()))
                .min(PREFERENCE);
    }
}
