package org.cgtatlas.app.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.export.csv.TrialsCsv;
import org.cgtatlas.ingest.clinicaltrials.ClassificationRulesVersion;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.trials.TrialRow;
import org.cgtatlas.landscape.trials.TrialSelection;
import org.cgtatlas.landscape.trials.TrialsExportProvenance;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code export --format csv --view trials [--country ISO] [--modality M] [--registry R]}: the imported trials, one row
 * per trial however many registers list it, selected as the Trials screen selects them ({@link TrialSelection}).
 */
final class TrialsCsvExport {

    static final String TRIALS = "trials";

    private final CommandSpec spec;
    private final ExportFilterOptions filters;
    private final String registry;

    TrialsCsvExport(CommandSpec spec, ExportFilterOptions filters, String registry) {
        this.spec = spec;
        this.filters = filters;
        this.registry = registry;
    }

    int run(Path dataFolder, Path out) throws Exception {
        Modality chosenModality = filters.modality();
        try (AppServices services = AppServices.open(dataFolder)) {
            Landscape landscape = services.landscape().current();
            List<ClassifiedTrial> all = new TrialRepository(services.database()).findAll();
            TrialSelection selection = new TrialSelection(
                    filters.countryCode(landscape), chosenModality, registry(all));
            List<ClassifiedTrial> selected = selection.apply(all);
            TrialsCsv.write(out, TrialRow.of(selected), TrialsExportProvenance.lines(landscape.registryTrials().sources(),
                    selection.describe(), ClassificationRulesVersion.current(), Instant.now(), selected.size()));
            spec.commandLine().getOut().printf("Wrote %s: %d trial(s)%n", out.toAbsolutePath(), selected.size());
        }
        return 0;
    }

    /** The register as the imported trials name it, matched ignoring case; an unknown one lists those known. */
    private String registry(List<ClassifiedTrial> trials) {
        if (registry == null) {
            return null;
        }
        List<String> known = trials.stream().flatMap(trial -> trial.registration().registries().stream()).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
        return known.stream().filter(name -> name.equalsIgnoreCase(registry.strip())).findFirst()
                .orElseThrow(() -> filters.invalid("No imported trial is registered in '" + registry + "'"
                        + (known.isEmpty() ? ": nothing has been imported" : ": use one of " + String.join(", ", known))));
    }
}