package org.cgtatlas.landscape.countries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Programme;

/** Counts programmes by country and modality; a programme whose source states no modality counts as "not stated" (null). */
public final class ProgrammeMix {

    private final List<Programme> programmes;

    public ProgrammeMix(List<Programme> programmes) {
        this.programmes = List.copyOf(programmes);
    }

    /** Modalities that occur, in the enum's order, followed by null when some programmes state none. */
    public List<Modality> modalities() {
        List<Modality> present = Arrays.stream(Modality.values())
                .filter(modality -> programmes.stream().anyMatch(programme -> programme.modality() == modality))
                .collect(Collectors.toCollection(ArrayList::new));
        if (programmes.stream().anyMatch(programme -> programme.modality() == null)) {
            present.add(null);
        }
        return present;
    }

    /** Programmes of the country ({@code null}: all countries) with the modality ({@code null}: not stated). */
    public int count(String countryCode, Modality modality) {
        return (int) programmes.stream()
                .filter(programme -> countryCode == null || countryCode.equals(programme.countryCode()))
                .filter(programme -> programme.modality() == modality)
                .count();
    }

    public int total(String countryCode) {
        return (int) programmes.stream().filter(programme -> Objects.equals(countryCode, programme.countryCode())).count();
    }

    public int total() {
        return programmes.size();
    }
}
