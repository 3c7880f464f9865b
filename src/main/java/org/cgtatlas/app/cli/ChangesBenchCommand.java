package org.cgtatlas.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.data.ChangeLogBenchWriter;
import org.cgtatlas.data.ChangeLogRepository;
import org.cgtatlas.data.RegistryRunRepository;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.OrganizationType;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.RecordChange;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.domain.RecordOrigin;
import org.cgtatlas.domain.RegistryHistory;
import org.cgtatlas.ingest.clinicaltrials.DailyRefreshSimulation;
import org.cgtatlas.landscape.history.ChangesSince;
import org.cgtatlas.landscape.history.ChangesSince.Change;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cgt-atlas bench changes}: the Changes since view's diff over generated programmes with logged changes since a
 * start, and over two registry states (a refresh in which a share of the trials change), through the real writers; then
 * the median time to open one record's history. Works in a temporary folder.
 */
@Command(name = "changes", mixinStandardHelpOptions = true,
        description = {"Times the 'Changes since' diff (curated changes and two registry states) and opening a record's history.",
                "Works in a new temporary folder, never in --data-dir."})
public final class ChangesBenchCommand implements Callable<Integer> {

    private static final int WARM_UP_RUNS = 3;
    private static final String OWNER = "bench-org";
    private static final String[] COUNTRIES = {"JP", "KR", "CN", "TW", "US", "DE"};

    @Spec
    private CommandSpec spec;

    @Option(names = "--programmes", paramLabel = "N", defaultValue = "100000", description = "Programmes stored (default: ${DEFAULT-VALUE}).")
    private int programmes;

    @Option(names = "--changes", paramLabel = "N", defaultValue = "20000",
            description = "Logged changes since the start: edits (two per record), additions, deletions (default: ${DEFAULT-VALUE}).")
    private int changes;

    @Option(names = "--trials", paramLabel = "N", defaultValue = "100000", description = "Registry trials in each state (default: ${DEFAULT-VALUE}).")
    private int trials;

    @Option(names = "--trials-changed", paramLabel = "PERCENT", defaultValue = "5",
            description = "Percent of the trials the second registry state changes (default: ${DEFAULT-VALUE}).")
    private double trialsChangedPercent;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "200", description = "Histories opened and timed; the diff runs a tenth as often (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Override
    public Integer call() throws IOException {
        if (programmes < 1 || changes < 10 || trials < 1 || runs < 10) {
            throw new IllegalArgumentException("--programmes and --trials must be at least 1, --changes and --runs at least 10");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("cgt-atlas-bench-changes-");
        try {
            run(folder, out);
        } finally {
            BenchFolder.deleteRecursively(folder);
        }
        out.flush();
        return 0;
    }

    private void run(Path folder, PrintWriter out) throws IOException {
        Path csv = folder.resolve("ctg-studies.csv");
        SyntheticStudiesCsv.write(csv, trials, 18L);
        DailyRefreshSimulation registry = new DailyRefreshSimulation(csv);
        int trialsChanged = (int) Math.round(registry.studies() * trialsChangedPercent / 100);
        out.printf(Locale.ROOT, "Changes benchmark: %,d programmes, %,d logged changes since the start; two registry states of "
                + "%,d trials, %,d changed in the second%n", programmes, changes, registry.studies(), trialsChanged);
        out.flush();
        try (AppServices services = AppServices.open(folder.resolve("data"))) {
            List<Programme> stored = generate(programmes, "bench-prog-");
            services.database().inTransaction(connection -> {
                services.organizations().upsert(connection, new Organization(OWNER, "Bench Therapeutics", null, List.of(),
                        "JP", OrganizationType.COMPANY, null, List.of(), Provenance.editedNowBy(RecordOrigin.USER, "bench")));
                for (Programme programme : stored) {
                    services.programmes().upsert(connection, programme);
                }
                return null;
            });
            long[] start = new long[1];
            long[] editMillis = new long[1];
            registry.run(services.database(), 1, trialsChanged, day -> {
                if (day == 0) {
                    start[0] = services.changeLog().revision();
                    long began = System.nanoTime();
                    logChanges(services, stored);
                    editMillis[0] = (System.nanoTime() - began) / 1_000_000;
                }
            });
            out.printf(Locale.ROOT, "  %,d changes logged in one transaction in %,d ms%n", changes, editMillis[0]);
            measure(services, new ChangesSince.Start("the bench's start", start[0], null), stored, out);
        }
    }

    /**
     * Edits (each edited record twice), additions and deletions, in the proportions 8:1:1, up to {@link #changes}, logged
     * as the repositories log them (see {@link ChangeLogBenchWriter} for why not through them).
     */
    private void logChanges(AppServices services, List<Programme> stored) {
        int additions = changes / 10;
        int deletions = changes / 10;
        int edits = changes - additions - deletions;
        List<Programme> saved = new ArrayList<>(edits + additions);
        for (int i = 0; i < edits; i++) {
            Programme p = stored.get((i / 2) % stored.size());
            saved.add(new Programme(p.id(), p.name(), p.organizationId(), p.countryCode(), p.modality(),
                    p.target(), p.indication(), DevelopmentStage.values()[1 + i % (DevelopmentStage.values().length - 1)],
                    "Edit " + i, p.partnerIds(), p.description(), p.citations(), p.provenance(), p.inferred(), p.analystSources()));
        }
        saved.addAll(generate(additions, "bench-new-"));
        new ChangeLogBenchWriter(services.database()).write(stored, saved,
                stored.subList(stored.size() - deletions, stored.size()));
    }

    private void measure(AppServices services, ChangesSince.Start start, List<Programme> stored, PrintWriter out) {
        ChangeLogRepository log = services.changeLog();
        RegistryRunRepository registryRuns = new RegistryRunRepository(services.database());
        int diffRuns = Math.max(3, runs / 10);
        double[] total = new double[diffRuns];
        double[] computeOnly = new double[diffRuns];
        ChangesSince result = null;
        for (int i = -WARM_UP_RUNS; i < diffRuns; i++) {
            long began = System.nanoTime();
            long now = log.revision();
            List<RecordChange> logged = log.between(start.revision(), now);
            RegistryHistory history = registryRuns.since(start.revision());
            long read = System.nanoTime();
            result = ChangesSince.of(start, now, logged, history, ChangesSince.Filter.ALL);
            long done = System.nanoTime();
            if (i >= 0) {
                total[i] = (done - began) / 1e6;
                computeOnly[i] = (done - read) / 1e6;
            }
        }
        out.printf(Locale.ROOT, "  diff: read and compute         %,10.0f ms median (goal: <= 1,000 ms)%n", median(total));
        out.printf(Locale.ROOT, "  diff: compute only             %,10.0f ms median (after reading %,d changes and the registry)%n",
                median(computeOnly), log.between(start.revision(), log.revision()).size());
        out.printf(Locale.ROOT, "  records: %,d added, %,d removed, %,d changed; %,d registry cells differ%n",
                result.count(Change.ADDED), result.count(Change.REMOVED), result.count(Change.CHANGED), result.registry().size());

        Random random = new Random(3);
        for (int i = 0; i < WARM_UP_RUNS * 10; i++) {
            log.history(RecordKind.PROGRAMME, stored.get(random.nextInt(stored.size())).id());
        }
        double[] history = new double[runs];
        for (int i = 0; i < runs; i++) {
            String id = stored.get(random.nextInt(Math.min(stored.size(), changes / 2))).id();
            long began = System.nanoTime();
            log.history(RecordKind.PROGRAMME, id);
            history[i] = (System.nanoTime() - began) / 1e6;
        }
        out.printf(Locale.ROOT, "  open a record's history        %,10.2f ms median (goal: <= 50 ms; %,d logged changes in all)%n",
                median(history), log.revision());
    }

    private static List<Programme> generate(int count, String prefix) {
        Random random = new Random(prefix.hashCode());
        List<Programme> generated = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            generated.add(new Programme(String.format("%s%07d", prefix, i), String.format("%s%07d", prefix.toUpperCase(Locale.ROOT), i),
                    OWNER, COUNTRIES[random.nextInt(COUNTRIES.length)],
                    Modality.values()[random.nextInt(Modality.values().length)], "CD" + random.nextInt(100), "Lymphoma",
                    DevelopmentStage.PHASE_1, null, List.of(), null, List.of(), Provenance.editedNowBy(RecordOrigin.USER, "bench")));
        }
        return generated;
    }

    private static double median(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
