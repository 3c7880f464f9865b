package org.cgtatlas.landscape.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.RegistryHistory;
import org.cgtatlas.domain.RegistryRunChange;
import org.cgtatlas.domain.RegistryTrialState;

/**
 * The ClinicalTrials.gov CGT trials per country × modality at a change-log seq and now, and the trials behind each
 * difference. The trials then are the trials now with the registry runs after that seq undone, newest first (an added
 * trial taken out, a changed or removed one put back as it was before). A trial counts once in each country where it
 * has a site, under the classifier's modality as the run stored it; an analyst's override is a curated change, not a
 * registry one, and is not applied here.
 */
public final class RegistryCountsThen {

    /** A country (ISO code) and a modality. */
    public record Cell(String countryCode, Modality modality) {
    }

    /** A cell whose count differs: the trials in it now but not then, and those in it then but not now (NCT ids, sorted). */
    public record Difference(Cell cell, long then, long now, List<String> entered, List<String> left) {
    }

    private static final Comparator<Cell> CELL_ORDER = Comparator.comparing(Cell::countryCode).thenComparing(Cell::modality);

    private final Map<Cell, Set<String>> then;
    private final Map<Cell, Set<String>> now;

    private RegistryCountsThen(Map<Cell, Set<String>> then, Map<Cell, Set<String>> now) {
        this.then = then;
        this.now = now;
    }

    public static RegistryCountsThen of(RegistryHistory history) {
        Map<String, RegistryTrialState> trials = new HashMap<>(history.current());
        List<RegistryRunChange> changes = history.changesSince();
        for (int i = changes.size() - 1; i >= 0; i--) {
            RegistryRunChange change = changes.get(i);
            if (change.kind() == RegistryRunChange.Kind.ADDED) {
                trials.remove(change.trialId());
            } else {
                trials.put(change.trialId(), change.before());
            }
        }
        return new RegistryCountsThen(cells(trials), cells(history.current()));
    }

    private static Map<Cell, Set<String>> cells(Map<String, RegistryTrialState> trials) {
        Map<Cell, Set<String>> cells = new TreeMap<>(CELL_ORDER);
        trials.forEach((trialId, state) -> {
            if (state.modality() != null) {
                Modality modality = Modality.valueOf(state.modality());
                for (String country : state.countryCodes()) {
                    cells.computeIfAbsent(new Cell(country, modality), key -> new TreeSet<>()).add(trialId);
                }
            }
        });
        return cells;
    }

    public long then(String countryCode, Modality modality) {
        return then.getOrDefault(new Cell(countryCode, modality), Set.of()).size();
    }

    public long now(String countryCode, Modality modality) {
        return now.getOrDefault(new Cell(countryCode, modality), Set.of()).size();
    }

    /** Every cell with trials then or now whose trials differ, by country code, then modality. */
    public List<Difference> differences() {
        Set<Cell> cells = new TreeSet<>(CELL_ORDER);
        cells.addAll(then.keySet());
        cells.addAll(now.keySet());
        List<Difference> differences = new ArrayList<>();
        for (Cell cell : cells) {
            Set<String> before = then.getOrDefault(cell, Set.of());
            Set<String> after = now.getOrDefault(cell, Set.of());
            if (!before.equals(after)) {
                differences.add(new Difference(cell, before.size(), after.size(), minus(after, before),
                        minus(before, after)));
            }
        }
        return differences;
    }

    /** The trials of {@code trials} that {@code taken} lacks, sorted. */
    private static List<String> minus(Set<String> trials, Set<String> taken) {
        return trials.stream().filter(trial -> !taken.contains(trial)).sorted().toList();
    }
}
