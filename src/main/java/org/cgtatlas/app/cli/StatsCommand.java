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
import org.cgtatlas.landscape.trials.RegistryProvenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cgt-atlas stats}: imported trials per country, all of them first, then the cell and gene therapy ones, each
 * with the registries behind the counts; and the CGT trials per modality.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Prints the imported registry trials per country (all, then cell & gene therapy, with the registries "
                + "behind them) and per modality.")
public final class StatsCommand implements Callable<Integer> {

    private static final String ROW = "  %-2s %-24s %7s %9s  %s%n";

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
            out.printf("Trials imported: %d (each trial once, however many registers list it)%n", trials.count());
            out.printf("Sources:         %s%n", counts.sources().isEmpty() ? "none" : RegistryProvenance.text(counts.sources()));
            RegistryProvenance.terms(counts.sources()).forEach(terms -> out.printf("                 %s%n", terms));
            out.println();
            out.println("All trials per country (a trial counts for each country where it has a site):");
            out.printf(ROW, "", "country", "all", "inferred", "registries");
            for (TrialCountryCounts country : counts.countries()) {
                out.printf(ROW, country.countryCode(), ImportSummaryText.countryName(country.countryCode()),
                        country.allTrials(), inferred(country.inferredTrials()), counts(country.byRegistry()));
            }
            out.println();
            out.println("Cell & gene therapy trials per country:");
            out.printf(ROW, "", "country", "CGT", "inferred", "registries · by modality");
            for (TrialCountryCounts country : counts.countries()) {
                if (country.cgtTrials() > 0) {
                    out.printf(ROW, country.countryCode(), ImportSummaryText.countryName(country.countryCode()),
                            country.cgtTrials(), inferred(country.inferredCgtTrials()),
                            counts(country.cgtByRegistry()) + " · " + modalities(country.byModality()));
                }
            }
            out.println("  (inferred: counted for the register's home country because an ICTRP record's Countries was blank)");
            out.println();
            out.println("CGT trials per modality (each trial once):");
            trials.countsByModality().forEach((modality, count) -> out.printf("  %-38s %7d%n", modality.label(), count));
        }
        out.flush();
        return 0;
    }

    private static String inferred(long count) {
        return count == 0 ? "" : Long.toString(count);
    }

    private static String counts(Map<String, Long> byName) {
        StringBuilder text = new StringBuilder();
        byName.forEach((name, count) -> text.append(text.length() == 0 ? "" : ", ").append(name).append(' ').append(count));
        return text.toString();
    }

    private static String modalities(Map<Modality, Long> byModality) {
        StringBuilder text = new StringBuilder();
        byModality.forEach((modality, count) -> text.append(text.length() == 0 ? "" : ", ")
                .append(modality.label()).append(' ').append(count));
        return text.toString();
    }
}
