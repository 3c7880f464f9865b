package org.cgtatlas.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.core.db.DatabaseBackups;
import org.cgtatlas.data.RegistryRefreshRepository;
import org.cgtatlas.ingest.clinicaltrials.TrialImporter;
import org.cgtatlas.ingest.clinicaltrials.TrialRefresher;
import org.cgtatlas.ingest.clinicaltrials.api.ApiClientSettings;
import org.cgtatlas.ingest.clinicaltrials.api.ApiUrl;
import org.cgtatlas.ingest.clinicaltrials.api.RefreshQuery;
import org.cgtatlas.ingest.clinicaltrials.api.StandInServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cgt-atlas bench refresh}: a refresh of made-up studies from a stand-in API server on the loopback interface,
 * unpaced, next to importing the same studies from an API JSON file: time, studies/s and the peak heap above what
 * was in use before (the stand-in's own studies included in neither); the refresh also with half the studies, so
 * the memory can be seen not to grow with the number of pages.
 */
@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = "Times a refresh of made-up studies from a local stand-in API server (no pacing) next to importing "
                + "the same studies from a file: studies/s and peak heap.")
public final class RefreshBenchCommand implements Callable<Integer> {

    private static final int PAGE_SIZE = 1000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--studies", defaultValue = "20000", description = "Studies to refresh (default: ${DEFAULT-VALUE}).")
    private int studies;

    @Option(names = "--runs", defaultValue = "3", description = "Timed runs of each; the median is shown (default: ${DEFAULT-VALUE}).")
    private int runs;

    private record Measured(double seconds, long peakHeapBytes) {
    }

    @FunctionalInterface
    private interface Run {
        Measured run(Path databaseFolder) throws IOException;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("cgt-atlas-bench-refresh-");
        try {
            List<String> all = SyntheticStudiesJson.studies(studies, 8L);
            Path file = folder.resolve("ctg-studies.json");
            SyntheticStudiesJson.write(file, all);
            out.printf(Locale.ROOT, "Studies: %,d (API v2 JSON, %.1f MB as a file), pages of %,d from a stand-in server on "
                    + "127.0.0.1, gzip, no pacing.%n", studies, Files.size(file) / 1e6, PAGE_SIZE);
            out.printf(Locale.ROOT, "Median of %d runs each after a warm-up, each on a fresh database; peak heap above the heap "
                    + "in use before the run.%n", runs);
            out.printf(Locale.ROOT, "Machine: %d processors, load average %.1f at the start; the stand-in server runs in the "
                    + "same process and shares its processors.%n", Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.flush();
            Measured imported = median(folder, "import", databaseFolder -> importFile(file, databaseFolder, studies));
            Measured refreshed;
            Measured half;
            try (StandInServer server = StandInServer.start(all, PAGE_SIZE, "2026-09-04T09:00:06", StandInServer.NONE);
                 StandInServer halfServer = StandInServer.start(all.subList(0, studies / 2), PAGE_SIZE, "2026-09-04T09:00:06",
                         StandInServer.NONE)) {
                refreshed = median(folder, "refresh", databaseFolder -> refresh(server, databaseFolder, studies));
                half = median(folder, "half", databaseFolder -> refresh(halfServer, databaseFolder, studies / 2));
            }
            out.printf("%-44s %10s %12s %14s%n", "", "time", "studies/s", "peak heap");
            row(out, "import of the API JSON file", imported, studies);
            row(out, "refresh from the stand-in server", refreshed, studies);
            row(out, String.format(Locale.ROOT, "refresh of %,d studies (half the pages)", studies / 2), half, studies / 2);
            out.printf(Locale.ROOT, "Refresh / import: %.2f× the time (goal: at most 1.5×)%n", refreshed.seconds() / imported.seconds());
            out.printf(Locale.ROOT, "Peak heap, %,d pages / %,d pages: %.2f×%n", pages(studies), pages(studies / 2),
                    (double) refreshed.peakHeapBytes() / Math.max(1, half.peakHeapBytes()));
        } finally {
            ImportBenchCommand.deleteRecursively(folder);
        }
        out.flush();
        return 0;
    }

    private static int pages(int studies) {
        return studies / PAGE_SIZE + 1;
    }

    private static void row(PrintWriter out, String name, Measured measured, int studies) {
        out.printf(Locale.ROOT, "%-44s %8.2f s %,12.0f %11.0f MB%n", name, measured.seconds(), studies / measured.seconds(),
                measured.peakHeapBytes() / 1e6);
    }

    private Measured median(Path folder, String name, Run run) throws IOException {
        run.run(folder.resolve(name + "-0"));
        List<Measured> measured = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            measured.add(run.run(folder.resolve(name + "-" + i)));
        }
        measured.sort(Comparator.comparingDouble(Measured::seconds));
        Measured middle = measured.get(measured.size() / 2);
        long peak = measured.stream().mapToLong(Measured::peakHeapBytes).sorted().toArray()[measured.size() / 2];
        return new Measured(middle.seconds(), peak);
    }

    private static Measured importFile(Path file, Path databaseFolder, int expected) {
        try (Database database = Database.open(databaseFolder)) {
            TrialImporter importer = TrialImporter.standard(database);
            return measured(expected, () -> importer.importFile(file, Progress.NONE).added());
        } finally {
            ImportBenchCommand.deleteRecursively(databaseFolder);
        }
    }

    private static Measured refresh(StandInServer server, Path databaseFolder, int expected) {
        try (Database database = Database.open(databaseFolder)) {
            TrialRefresher refresher = new TrialRefresher(TrialImporter.standard(database),
                    new RegistryRefreshRepository(database), new DatabaseBackups(database, 1, Clock.systemDefaultZone()),
                    cancelled -> duration -> { }, Clock.systemUTC());
            TrialRefresher.Request request = new TrialRefresher.Request(
                    ApiClientSettings.standard(ApiUrl.parse(server.apiUrl())).withRequestInterval(Duration.ZERO),
                    RefreshQuery.parse("query.cond=benchmark"), true);
            return measured(expected, () -> refresher.refresh(request, Progress.NONE).summary().added());
        } finally {
            ImportBenchCommand.deleteRecursively(databaseFolder);
        }
    }

    @FunctionalInterface
    private interface Work {
        long run() throws IOException;
    }

    /**
     * Times the work, which returns the studies it added ({@code expected}, or the benchmark fails), and records the
     * peak heap above the heap in use just before it (after a collection).
     */
    private static Measured measured(int expected, Work work) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long added;
        try {
            added = work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (added != expected) {
            throw new IllegalStateException("The benchmark added " + added + " of " + expected + " studies");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Measured(seconds, Math.max(0, peak - before));
    }
}
