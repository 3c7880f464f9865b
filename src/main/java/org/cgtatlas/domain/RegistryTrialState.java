package org.cgtatlas.domain;

import java.util.Collection;
import java.util.List;

/**
 * The fields of a registry trial whose change a registry run records: its status, its phases ('|'-separated as
 * stored), its sites' countries (ISO codes sorted, '|'-separated) and the classifier's modality (a {@link Modality}
 * name, null when not CGT).
 */
public record RegistryTrialState(String status, String phases, String countries, String modality) {

    public static RegistryTrialState of(String status, List<String> phases, Collection<String> countryCodes, Modality modality) {
        return new RegistryTrialState(status, String.join("|", phases), countries(countryCodes),
                modality == null ? null : modality.name());
    }

    /** Sorted and '|'-separated, so that two runs listing the same sites in another order compare equal. */
    public static String countries(Collection<String> countryCodes) {
        return String.join("|", countryCodes.stream().sorted().toList());
    }

    public List<String> countryCodes() {
        return countries.isEmpty() ? List.of() : List.of(countries.split("\\|"));
    }
}
