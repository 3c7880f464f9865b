package org.cgtatlas.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.export.changes.ChangesSinceOutput;
import org.cgtatlas.landscape.history.ChangesSince;
import org.cgtatlas.landscape.history.ChangesSinceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cgt-atlas changes --since BRIEFING_ID|DATE}: what changed since a briefing or a day, as the view shows it. */
@Command(name = "changes", mixinStandardHelpOptions = true,
        description = {"Prints what changed since a briefing or a day: records added, removed and changed (field by field),",
                "by country and kind, and the registry's CGT trial counts per country × modality then and now."})
public final class ChangesCommand implements Callable<Integer> {

    @ParentCommand
    private CgtAtlasCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--since", required = true, paramLabel = "BRIEFING_ID|DATE",
            description = "A briefing's id (see 'cgt-atlas briefings') or a day, YYYY-MM-DD (local time).")
    private String since;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ChangesSinceOutput.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of the standard output.")
    private Path out;

    @Option(names = "--country", paramLabel = "CODE", description = "Only this country (ISO code, e.g. JP).")
    private String country;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only records of this kind: ${COMPLETION-CANDIDATES}.",
            completionCandidates = HistoryCommand.Kinds.class)
    private String kind;

    @Option(names = "--modality", paramLabel = "MODALITY", description = "Only this modality, e.g. CAR-T.")
    private String modality;

    @Override
    public Integer call() throws IOException {
        ChangesSince.Filter filter = filter();
        try (AppServices services = AppServices.open(parent.dataFolder())) {
            ChangesSinceReader reader = services.changesSince();
            ChangesSince.Start start;
            try {
                start = reader.start(since, ZoneId.systemDefault());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            ChangesSince changes = reader.read(start, filter);
            if (out == null) {
                ChangesSinceOutput.write(changes, format, spec.commandLine().getOut());
            } else {
                try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
                    ChangesSinceOutput.write(changes, format, file);
                }
                spec.commandLine().getOut().printf("Wrote %s%n", out);
                spec.commandLine().getOut().flush();
            }
        }
        return 0;
    }

    private ChangesSince.Filter filter() {
        RecordKind recordKind = kind == null ? null : RecordKind.fromKey(kind.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "'" + kind + "' is not a kind of record; use one of "
                        + String.join(", ", new HistoryCommand.Kinds()) + "."));
        Modality recordModality = modality == null ? null : Modality.parse(modality).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "'" + modality + "' is not a modality; use one of "
                        + Arrays.stream(Modality.values()).map(Modality::label).collect(Collectors.joining(", ")) + "."));
        return new ChangesSince.Filter(country == null ? null : country.strip().toUpperCase(Locale.ROOT), recordKind,
                recordModality);
    }
}
