package org.cgtatlas.app.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.export.csv.TrialsCsv;
import org.cgtatlas.ingest.clinicaltrials.ClassificationRulesVersion;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.trials.TrialRow;
import org.cgtatlas.landscape.trials.TrialSelection;
import org.cgtatlas.landscape.trials.TrialsExportProvenance;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code export --format csv --view trials [--country ISO] [--modality M] [--registry R]}: the imported trials, one row
 * per trial however many registers list it, selected as the Trials screen selects them ({@link TrialSelection}).
 */
final class TrialsCsvExport {

    static final String TRIALS = "trials";

    private final CommandSpec spec;
    private final String country;
    private final String modality;
    private final String registry;

    TrialsCsvExport(CommandSpec spec, String country, String modality, String registry) {
        this.spec = spec;
        this.country = country;
        this.modality = modality;
        this.registry = registry;
    }

    int run(Path dataFolder, Path out) throws Exception {
        Modality chosenModality = modality == null ? null : Modality.parse(modality).orElseThrow(() -> invalid(
                "Unknown modality '" + modality + "': use one of "
                        + EnumSet.allOf(Modality.class).stream().map(Modality::label).collect(Collectors.joining(", "))));
        try (AppServices services = AppServices.open(dataFolder)) {
            Landscape landscape = services.landscape().current();
            List<ClassifiedTrial> all = new TrialRepository(services.database()).findAll();
            TrialSelection selection = new TrialSelection(countryCode(landscape.countries()), chosenModality, registry(all));
            List<ClassifiedTrial> selected = selection.apply(all);
            TrialsCsv.write(out, TrialRow.of(selected), TrialsExportProvenance.lines(landscape.registryTrials().sources(),
                    selection.describe(), ClassificationRulesVersion.current(), Instant.now(), selected.size()));
            spec.commandLine().getOut().printf("Wrote %s: %d trial(s)%n", out.toAbsolutePath(), selected.size());
        }
        return 0;
    }

    private String countryCode(List<Country> known) {
        if (country == null) {
            return null;
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (known.stream().noneMatch(each -> each.code().equals(code))) {
            throw invalid("Unknown country '" + country + "': use one of "
                    + known.stream().map(Country::code).collect(Collectors.joining(", ")));
        }
        return code;
    }

    /** The register as the imported trials name it, matched ignoring case; an unknown one lists those known. */
    private String registry(List<ClassifiedTrial> trials) {
        if (registry == null) {
            return null;
        }
        List<String> known = trials.stream().flatMap(trial -> trial.registration().registries().stream()).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
        return known.stream().filter(name -> name.equalsIgnoreCase(registry.strip())).findFirst()
                .orElseThrow(() -> invalid("No imported trial is registered in '" + registry + "'"
                        + (known.isEmpty() ? ": nothing has been imported" : ": use one of " + String.join(", ", known))));
    }

    private ParameterException invalid(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
