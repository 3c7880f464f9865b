package org.cgtatlas.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.RegistryTrialCounts;
import org.cgtatlas.domain.TrialCountryCounts;
import org.cgtatlas.ingest.clinicaltrials.ImportSummaryText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cgt-atlas stats}: imported trials per country and per modality. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Prints the imported registry trials per country (all and cell & gene therapy) and per modality.")
public final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    private CgtAtlasCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database database = Database.open(parent.dataFolder())) {
            TrialRepository trials = new TrialRepository(database);
            RegistryTrialCounts counts = trials.countsByCountry();
            out.printf("Trials imported: %d%n", trials.count());
            out.printf("Latest import:   %s%n", counts.latestImportTime().map(Object::toString).orElse("none"));
            out.println();
            out.println("Trials per country (a trial counts for each country where it has a site):");
            out.printf("  %-2s %-28s %7s %7s  %s%n", "", "country", "all", "CGT", "CGT by modality");
            for (TrialCountryCounts country : counts.countries()) {
                out.printf("  %-2s %-28s %7d %7d  %s%n", country.countryCode(),
                        ImportSummaryText.countryName(country.countryCode()), country.allTrials(), country.cgtTrials(),
                        modalities(country.byModality()));
            }
            out.println();
            out.println("CGT trials per modality (each trial once):");
            trials.countsByModality().forEach((modality, count) -> out.printf("  %-38s %7d%n", modality.label(), count));
        }
        out.flush();
        return 0;
    }

    private static String modalities(Map<Modality, Long> byModality) {
        StringBuilder text = new StringBuilder();
        byModality.forEach((modality, count) -> text.append(text.length() == 0 ? "" : ", ")
                .append(modality.label()).append(' ').append(count));
        return text.toString();
    }
}
