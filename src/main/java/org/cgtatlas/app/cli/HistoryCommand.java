package org.cgtatlas.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.ChangeLogRepository;
import org.cgtatlas.data.HistoryCompaction;
import org.cgtatlas.domain.FieldChange;
import org.cgtatlas.domain.RecordChange;
import org.cgtatlas.domain.RecordKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cgt-atlas history KIND ID}: one record's logged changes, newest first, field by field;
 * {@code cgt-atlas history compact --before DATE [--yes]}: removes the changes made before DATE, after saying how many.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Prints the logged changes of one record, newest first, field by field.",
                "'history compact --before DATE' removes older changes, after saying how many and asking."},
        subcommands = HistoryCommand.Compact.class)
public final class HistoryCommand implements Callable<Integer> {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @ParentCommand
    private CgtAtlasCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "KIND", description = "The record's kind: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Kinds.class)
    private String kind;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ID", description = "The record's id, e.g. prog-relma-cel.")
    private String recordId;

    @Override
    public Integer call() {
        if (kind == null || recordId == null) {
            throw new ParameterException(spec.commandLine(), "Name a record: history KIND ID (e.g. history programme "
                    + "prog-relma-cel), or compact the history: history compact --before DATE.");
        }
        RecordKind recordKind = RecordKind.fromKey(kind.toLowerCase(Locale.ROOT)).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "'" + kind + "' is not a kind of record; use one of " + String.join(", ", new Kinds()) + "."));
        PrintWriter out = spec.commandLine().getOut();
        try (Database database = Database.open(parent.dataFolder())) {
            List<RecordChange> history = new ChangeLogRepository(database).history(recordKind, recordId);
            out.printf("History of %s %s: %d change%s, newest first%n", recordKind.key(), recordId, history.size(),
                    history.size() == 1 ? "" : "s");
            for (RecordChange change : history) {
                out.printf("%n#%d  %s  %s  %s, %s%n", change.seq(), WHEN.format(change.changedAt().atZoneSameInstant(ZoneId.systemDefault())),
                        change.changedBy(), change.cause().key(), change.operation().key());
                for (FieldChange field : change.fields()) {
                    out.printf("    %s: %s → %s%n", field.field(), shown(field.before()), shown(field.after()));
                }
            }
        }
        out.flush();
        return 0;
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(empty)" : value;
    }

    /** The kinds' names, for the help and the message on a wrong one. */
    static final class Kinds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(RecordKind.values()).map(RecordKind::key).iterator();
        }
    }

    @Command(name = "compact", mixinStandardHelpOptions = true,
            description = {"Removes the changes logged before DATE from the history, after saying how many and asking.",
                    "The only way anything leaves the change log."})
    static final class Compact implements Callable<Integer> {

        @ParentCommand
        private HistoryCommand history;

        @Spec
        private CommandSpec spec;

        @Option(names = "--before", required = true, paramLabel = "DATE",
                description = "Remove the changes made before this day (YYYY-MM-DD, local time).")
        private String before;

        @Option(names = "--yes", description = "Do not ask; for scripts.")
        private boolean yes;

        @Override
        public Integer call() throws IOException {
            OffsetDateTime cutoff = startOf(before);
            PrintWriter out = spec.commandLine().getOut();
            try (Database database = Database.open(history.parent.dataFolder())) {
                HistoryCompaction compaction = new HistoryCompaction(database);
                long older = compaction.countOlderThan(cutoff);
                if (older == 0) {
                    out.printf("Nothing to remove: no logged change is older than %s.%n", before);
                    out.flush();
                    return 0;
                }
                out.printf("This removes %,d logged change%s made before %s from the history; records themselves are not changed.%n",
                        older, older == 1 ? "" : "s", before);
                if (!yes) {
                    out.print("Remove them? Type 'yes' to go on: ");
                    out.flush();
                    String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                    if (answer == null || !answer.strip().equalsIgnoreCase("yes")) {
                        out.println("Nothing was removed.");
                        out.flush();
                        return 1;
                    }
                }
                long removed = compaction.removeOlderThan(cutoff);
                out.printf("Removed %,d logged change%s made before %s.%n", removed, removed == 1 ? "" : "s", before);
            }
            out.flush();
            return 0;
        }

        private OffsetDateTime startOf(String date) {
            try {
                return LocalDate.parse(date).atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(),
                        "--before '" + date + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-01-31.");
            }
        }
    }
}
