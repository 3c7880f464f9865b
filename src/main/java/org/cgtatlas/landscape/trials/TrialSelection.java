package org.cgtatlas.landscape.trials;

import java.util.ArrayList;
import java.util.List;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.Modality;

/**
 * Which trials a list or an export keeps, the same for the Trials screen, its CSV export and {@code cgt-atlas export
 * --view trials}: a country where the trial has a site, a CGT modality, a register it is registered in (primary or
 * "also registered as"). Null means any.
 */
public record TrialSelection(String countryCode, Modality modality, String registry) {

    public static final TrialSelection ALL = new TrialSelection(null, null, null);

    public boolean matches(ClassifiedTrial trial) {
        return (countryCode == null || trial.trial().countryCodes().contains(countryCode))
                && (modality == null || trial.classification().modality() == modality)
                && (registry == null || trial.registration().isIn(registry));
    }

    public List<ClassifiedTrial> apply(List<ClassifiedTrial> trials) {
        return trials.stream().filter(this::matches).toList();
    }

    /** "country JP, modality CAR-T, registry ChiCTR", or "none". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (countryCode != null) {
            parts.add("country " + countryCode);
        }
        if (modality != null) {
            parts.add("modality " + modality.label());
        }
        if (registry != null) {
            parts.add("registry " + registry);
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
