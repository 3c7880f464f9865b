package org.cgtatlas.feature.trials;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.cgtatlas.domain.ClassifiedTrial;

/**
 * CGT trials per country, split into series (by modality, by phase), for a stacked bar chart. A trial counts once
 * for each of the {@code countries} where it has a site.
 *
 * @param countries the chart's categories, in order
 * @param series    per series name, the count per country
 */
public record TrialTally(List<String> countries, Map<String, Map<String, Long>> series) {

    public static final TrialTally EMPTY = new TrialTally(List.of(), Map.of());

    public static TrialTally of(Collection<ClassifiedTrial> trials, List<String> countries,
                                Function<ClassifiedTrial, String> seriesOf) {
        Map<String, Map<String, Long>> series = new TreeMap<>();
        for (ClassifiedTrial trial : trials) {
            if (!trial.classification().isCgt()) {
                continue;
            }
            for (String country : countries) {
                if (trial.trial().countryCodes().contains(country)) {
                    series.computeIfAbsent(seriesOf.apply(trial), name -> new LinkedHashMap<>()).merge(country, 1L, Long::sum);
                }
            }
        }
        return new TrialTally(List.copyOf(new ArrayList<>(countries)), series);
    }

    public long count(String seriesName, String country) {
        return series.getOrDefault(seriesName, Map.of()).getOrDefault(country, 0L);
    }
}
