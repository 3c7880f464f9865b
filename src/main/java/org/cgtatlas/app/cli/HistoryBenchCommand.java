package org.cgtatlas.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.ChangeLogRepository;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.domain.RecordOrigin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cgt-atlas bench history}: a simulated year of analyst edits (50 a day, one app session a day) through the real
 * repositories on the bundled dataset, with the database file's size before and after; then the median time to open one record's
 * history once the log holds at least 20,000 changes.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Measures the change log: database growth for a year of edits, and opening a record's history.",
                "Works in a new temporary folder, never in --data-dir."})
public final class HistoryBenchCommand implements Callable<Integer> {

    private static final int EDITS_PER_DAY = 50;
    private static final int WARM_UP_RUNS = 20;

    @Spec
    private CommandSpec spec;

    @Option(names = "--days", paramLabel = "N", defaultValue = "365", description = "Days of edits to simulate (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--logged", paramLabel = "N", defaultValue = "20000",
            description = "Logged changes to reach before timing the history (default: ${DEFAULT-VALUE}).")
    private int logged;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "200", description = "Histories opened and timed (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Override
    public Integer call() throws IOException {
        if (days < 1 || runs < 1) {
            throw new IllegalArgumentException("--days and --runs must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("cgt-atlas-bench-history-");
        try {
            run(folder, out);
        } finally {
            BenchFolder.deleteRecursively(folder);
        }
        out.flush();
        return 0;
    }

    private void run(Path folder, PrintWriter out) throws IOException {
        AppServices.open(folder).close();
        long sizeBefore = databaseSize(folder);
        int edits = days * EDITS_PER_DAY;
        out.printf("History benchmark: %,d edits (%d a day for %d days, one app session a day) through the repositories, "
                + "on the bundled dataset%n", edits, EDITS_PER_DAY, days);
        long rowsBefore;
        long rowsAfter;
        long logBytes;
        long sizeCompacted;
        double editMs = 0;
        try (AppServices services = AppServices.open(folder)) {
            rowsBefore = count(services);
        }
        // One session a day, as the analyst opens the app each day: H2 tidies its file when the app closes.
        for (int day = 0; day < days; day++) {
            try (AppServices services = AppServices.open(folder)) {
                Editor editor = new Editor(services);
                long start = System.nanoTime();
                for (int n = day * EDITS_PER_DAY; n < (day + 1) * EDITS_PER_DAY; n++) {
                    editor.edit(n);
                }
                editMs += (System.nanoTime() - start) / 1e6;
            }
        }
        try (AppServices services = AppServices.open(folder)) {
            rowsAfter = count(services);
            logBytes = logBytes(services, rowsBefore);
        }
        long sizeAfter = databaseSize(folder);
        try (AppServices services = AppServices.open(folder)) {
            services.database().read(connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.execute("SHUTDOWN COMPACT");
                }
            });
        }
        sizeCompacted = databaseSize(folder);
        out.printf("  edits logged                 %,10d rows (%,d before: the bundled dataset's first load)%n",
                rowsAfter - rowsBefore, rowsBefore);
        out.printf("  database file before         %,10.1f MB%n", sizeBefore / 1e6);
        out.printf("  database file after          %,10.1f MB%n", sizeAfter / 1e6);
        out.printf("  growth for %d days           %,10.1f MB  (%,.0f bytes per edit; goal for a year with the registry "
                + "refreshes: < 100 MB)%n", days, (sizeAfter - sizeBefore) / 1e6, (double) (sizeAfter - sizeBefore) / edits);
        out.printf("  the log's own data           %,10.1f MB  (%,.0f bytes of JSON per logged edit)%n", logBytes / 1e6,
                (double) logBytes / Math.max(1, rowsAfter - rowsBefore));
        out.printf("  file after SHUTDOWN COMPACT  %,10.1f MB  (growth %,.1f MB once H2's free pages are given back)%n",
                sizeCompacted / 1e6, (sizeCompacted - sizeBefore) / 1e6);
        out.printf("  mean time per logged edit    %,10.2f ms%n", editMs / edits);

        try (AppServices services = AppServices.open(folder)) {
            Editor more = new Editor(services);
            for (int n = edits; count(services) < logged; n++) {
                more.edit(n);
            }
            ChangeLogRepository log = services.changeLog();
            List<String> ids = more.programmeIds();
            for (int i = 0; i < WARM_UP_RUNS; i++) {
                log.history(RecordKind.PROGRAMME, ids.get(i % ids.size()));
            }
            double[] millis = new double[runs];
            int changes = 0;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                changes += log.history(RecordKind.PROGRAMME, ids.get(i % ids.size())).size();
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            out.printf("  open a record's history      %,10.2f ms median, %,.2f ms at the 90th percentile (%,d logged changes, "
                    + "%.0f changes per history; goal: <= 50 ms)%n", millis[runs / 2], millis[runs * 9 / 10], count(services),
                    (double) changes / runs);
        }
    }

    private static long count(AppServices services) {
        return services.changeLog().revision();
    }

    private static long logBytes(AppServices services, long afterSeq) {
        return services.database().read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT COALESCE(SUM(OCTET_LENGTH(fields_before)), 0) "
                    + "+ COALESCE(SUM(OCTET_LENGTH(fields_after)), 0) FROM change_log WHERE seq > ?")) {
                statement.setLong(1, afterSeq);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    private static long databaseSize(Path folder) throws IOException {
        return Files.size(folder.resolve(Database.DATABASE_FILE));
    }

    /** Cycles through the stored programmes, organizations and events, changing one field each time. */
    private static final class Editor {

        private final AppServices services;
        private final List<Programme> programmes;
        private final List<Organization> organizations;
        private final List<CollaborationEvent> events;

        Editor(AppServices services) {
            this.services = services;
            this.programmes = new ArrayList<>(services.programmes().findAll());
            this.organizations = new ArrayList<>(services.organizations().findAll());
            this.events = new ArrayList<>(services.events().findAll());
        }

        List<String> programmeIds() {
            return programmes.stream().map(Programme::id).toList();
        }

        void edit(int n) {
            Provenance edited = Provenance.editedNowBy(RecordOrigin.BUNDLED, "bench");
            String note = "Edit " + n + ": the analyst's note on what changed this day";
            switch (n % 3) {
                case 0 -> {
                    int i = (n / 3) % programmes.size();
                    Programme p = programmes.get(i);
                    Programme changed = new Programme(p.id(), p.name(), p.organizationId(), p.countryCode(), p.modality(),
                            p.target(), p.indication(), p.stage(), note, p.partnerIds(), p.description(), p.citations(),
                            edited, p.inferred(), p.analystSources());
                    services.programmes().save(changed);
                    programmes.set(i, changed);
                }
                case 1 -> {
                    int i = (n / 3) % organizations.size();
                    Organization o = organizations.get(i);
                    Organization changed = new Organization(o.id(), o.name(), o.localName(), o.aliases(), o.countryCode(),
                            o.type(), note, o.citations(), edited, o.inferred());
                    services.organizations().save(changed);
                    organizations.set(i, changed);
                }
                default -> {
                    int i = (n / 3) % events.size();
                    CollaborationEvent e = events.get(i);
                    CollaborationEvent changed = new CollaborationEvent(e.id(), e.type(), e.title(), e.date(), e.endDate(),
                            e.participants(), e.countryCodes(), e.dealValue(), e.currency(), e.place(), note,
                            e.parentEventId(), e.citations(), edited, e.inferred(), e.analystSources());
                    services.events().save(changed);
                    events.set(i, changed);
                }
            }
        }
    }
}
