package org.cgtatlas.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.app.ResponsivenessProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cgt-atlas bench responsiveness}: how long the global search and the Pipeline's text filter take to show
 * their answer in the real window (off-screen), idle and while a ClinicalTrials.gov import of generated studies runs.
 * Runs in a temporary folder and leaves the data folder alone.
 */
@Command(name = "responsiveness", mixinStandardHelpOptions = true,
        description = {"Times the global search and the Pipeline filter (median, p95), idle and while a large import runs.",
                "The window is built off-screen; the data goes to a new temporary folder, never to --data-dir."})
public final class ResponsivenessBenchCommand implements Callable<Integer> {

    private static final String[] QUERIES = {"cell", "gene", "Korea", "Japan", "therapy", "CAR-T"};
    private static final long PAUSE_MILLIS = 100;

    @Spec
    private CommandSpec spec;

    @Option(names = "--studies", defaultValue = "100000", description = "Studies in the imported file (default: ${DEFAULT-VALUE}).")
    private int studies;

    @Option(names = "--samples", defaultValue = "30", description = "Idle samples of each (default: ${DEFAULT-VALUE}); "
            + "during the import, as many as it lasts for.")
    private int samples;

    @Override
    public Integer call() throws Exception {
        if (studies < 1 || samples < 1) {
            throw new IllegalArgumentException("--studies and --samples must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("cgt-atlas-bench-");
        try {
            Path file = folder.resolve("ctg-studies.csv");
            SyntheticStudiesCsv.write(file, studies, 8L);
            out.printf(Locale.ROOT, "Responsiveness: global search and Pipeline text filter on the bundled dataset, asked on the FX "
                    + "thread and timed until the answer is on screen (the search past its %d ms typing pause); import of %,d "
                    + "generated studies (%.1f MB)%n", ResponsivenessProbe.typingPause().toMillis(), studies, Files.size(file) / 1e6);
            out.printf(Locale.ROOT, "Machine: %d processors, load average %.1f at the start (a shared machine makes wall times noisy).%n",
                    Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.flush();
            try (AppServices services = AppServices.open(folder.resolve("data"));
                 ResponsivenessProbe probe = ResponsivenessProbe.open(services)) {
                List<Double> idleSearch = new ArrayList<>();
                List<Double> idleFilter = new ArrayList<>();
                for (int i = 0; i < samples; i++) {
                    idleSearch.add(pause(probe.search(query(i))));
                    idleFilter.add(pause(probe.filterPipeline(query(i + 1))));
                }
                List<Double> importingSearch = duringImport(probe, file, out, "search", probe::search);
                List<Double> importingFilter = duringImport(probe, file, out, "filter", probe::filterPipeline);
                out.printf("%-24s %12s %12s %12s %12s%n", "", "idle median", "idle p95", "import med.", "import p95");
                row(out, "global search", idleSearch, importingSearch);
                row(out, "Pipeline text filter", idleFilter, importingFilter);
            }
        } finally {
            ImportBenchCommand.deleteRecursively(folder);
        }
        out.flush();
        return 0;
    }

    private static void row(PrintWriter out, String name, List<Double> idle, List<Double> importing) {
        out.printf(Locale.ROOT, "%-24s %9.1f ms %9.1f ms %9.1f ms %9.1f ms   during import / idle: %.1f×%n", name,
                percentile(idle, 50), percentile(idle, 95), percentile(importing, 50), percentile(importing, 95),
                percentile(importing, 50) / percentile(idle, 50));
    }

    /** The nearest-rank percentile of the milliseconds. */
    static double percentile(List<Double> millis, int percent) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = millis.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    @FunctionalInterface
    private interface Request {
        double millis(String query) throws Exception;
    }

    /** Imports the file (again: the second time it updates every study) and asks as often as it lasts. */
    private static List<Double> duringImport(ResponsivenessProbe probe, Path file, PrintWriter out, String name, Request request)
            throws Exception {
        List<Double> millis = new ArrayList<>();
        probe.startImport(file);
        long started = System.nanoTime();
        for (int i = 0; probe.busy(); i++) {
            millis.add(pause(request.millis(query(i))));
        }
        out.printf(Locale.ROOT, "An import ran %.0f s; %d %s requests were asked while it ran.%n",
                (System.nanoTime() - started) / 1e9, millis.size(), name);
        out.flush();
        return millis;
    }

    private static String query(int index) {
        return QUERIES[index % QUERIES.length];
    }

    /** Leaves a gap between requests, as a user does, and passes the time through. */
    private static double pause(double millis) throws InterruptedException {
        Thread.sleep(PAUSE_MILLIS);
        return millis;
    }
}
