package org.cgtatlas.app.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.landscape.Landscape;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code --country} and {@code --modality} options every export takes, read and checked one way. */
final class ExportFilterOptions {

    private final CommandSpec spec;
    private final String country;
    private final String modality;

    ExportFilterOptions(CommandSpec spec, String country, String modality) {
        this.spec = spec;
        this.country = country;
        this.modality = modality;
    }

    boolean any() {
        return country != null || modality != null;
    }

    /** The chosen modality, or null for all; an unknown one is refused with the valid names. */
    Modality modality() {
        return modality == null ? null : Modality.parse(modality).orElseThrow(() -> invalid("Unknown modality '" + modality
                + "': use one of " + EnumSet.allOf(Modality.class).stream().map(Modality::label).collect(Collectors.joining(", "))));
    }

    /** The chosen country's code, or null for all; one the atlas does not know is refused with the valid codes. */
    String countryCode(Landscape landscape) {
        List<String> known = landscape.countries().stream().map(Country::code).toList();
        String code = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        if (code != null && !known.contains(code)) {
            throw invalid("Unknown country '" + country + "': use one of " + String.join(", ", known));
        }
        return code;
    }

    ParameterException invalid(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
