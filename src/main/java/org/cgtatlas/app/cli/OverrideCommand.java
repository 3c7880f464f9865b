package org.cgtatlas.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.TrialOverrideRepository;
import org.cgtatlas.data.TrialOverrides;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.domain.TrialOverride;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cgt-atlas override list|set|remove}: an analyst's verdict on a trial's modality, which wins over the
 * classifier's in every count and survives re-imports.
 */
@Command(name = "override", mixinStandardHelpOptions = true,
        description = "Sets a trial's modality by hand (or not CGT), lists or removes such overrides.")
public final class OverrideCommand {

    @ParentCommand
    private CgtAtlasCommand parent;

    @Spec
    private CommandSpec spec;

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the trials whose modality was set by hand.")
    int list() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database database = Database.open(parent.dataFolder())) {
            var overrides = new TrialOverrideRepository(database).findAll().values();
            out.printf("Trials set by hand: %d%n", overrides.size());
            for (TrialOverride override : overrides) {
                out.printf("  %-12s %-24s %s  (%s)%n", override.trialId(),
                        override.modality() == null ? "Not CGT" : override.modality().label(), override.note(), override.setAt());
            }
        }
        out.flush();
        return 0;
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Sets the trial's modality; it wins over the classifier until removed, through re-imports.")
    int set(@Parameters(paramLabel = "TRIAL", description = "The trial's id, e.g. NCT01234567.") String trialId,
            @Option(names = "--modality", required = true, description = "A modality (e.g. MSC, CAR_T) or NOT_CGT.") String modality,
            @Option(names = "--note", required = true, description = "Why, shown with the override.") String note) {
        try (Database database = Database.open(parent.dataFolder())) {
            TrialOverride override = overrides(database).set(trialId, modality, note);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s is now %s (set by hand: %s).%n", override.trialId(),
                    override.modality() == null ? "Not CGT" : override.modality().label(), override.note());
            out.flush();
        }
        return 0;
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Gives the trial back to the classifier.")
    int remove(@Parameters(paramLabel = "TRIAL") String trialId) {
        try (Database database = Database.open(parent.dataFolder())) {
            boolean removed = overrides(database).remove(trialId);
            PrintWriter out = spec.commandLine().getOut();
            out.println(removed ? trialId + " is classified by the rules again." : trialId + " had no override.");
            out.flush();
            return removed ? 0 : 1;
        }
    }

    private static TrialOverrides overrides(Database database) {
        return new TrialOverrides(new TrialRepository(database), new TrialOverrideRepository(database), Clock.systemUTC());
    }
}
