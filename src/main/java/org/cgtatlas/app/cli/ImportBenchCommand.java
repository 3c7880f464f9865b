package org.cgtatlas.app.cli;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.TrialImportSummary;
import org.cgtatlas.ingest.clinicaltrials.ImportStages;
import org.cgtatlas.ingest.clinicaltrials.TrialImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cgt-atlas bench import}: generates a modern ClinicalTrials.gov CSV of synthetic studies and times, side by side,
 * parsing it with FastCSV only, H2's CSVREAD into a table, and the full cgt-atlas import.
 * Runs in a temporary folder and leaves the data folder alone.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Generates a modern ClinicalTrials.gov CSV of synthetic studies and times, side by side: "
                + "parsing it with FastCSV only, H2's CSVREAD into a table, and the full cgt-atlas import.")
public final class ImportBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--studies", defaultValue = "100000", description = "Studies in the file (default: ${DEFAULT-VALUE}).")
    private int studies;

    @Option(names = "--runs", defaultValue = "3", description = "Timed runs of each; the median is shown (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("cgt-atlas-bench-");
        try {
            Path file = folder.resolve("ctg-studies.csv");
            SyntheticStudiesCsv.write(file, studies, 8L);
            out.printf(Locale.ROOT, "File: %,d studies, %d columns, %.1f MB (%s)%n", studies, SyntheticStudiesCsv.HEADER.length,
                    Files.size(file) / 1e6, file);
            out.printf(Locale.ROOT, "Median of %d runs each, after one warm-up run; each database run on a fresh database opened beforehand, "
                    + "timing only the CSVREAD statement or the import.%n", runs);
            out.printf(Locale.ROOT, "Machine: %d processors, load average %.1f at the start (a shared machine makes wall times noisy).%n",
                    Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.flush();
            double parse = median(runs, run -> timed(() -> parseOnly(file)));
            double csvRead = median(runs, run -> h2CsvRead(file, folder.resolve("csvread-" + run)));
            double imported = median(runs, run -> importFile(file, folder.resolve("import-" + run), studies));
            ImportStages stages = new ImportStages();
            double readAndClassify = median(runs, run -> stages.readAndClassify(file));
            double store = median(runs, run -> store(stages, file, folder.resolve("store-" + run)));
            out.printf("%-40s %10s %14s %10s%n", "", "time", "studies/s", "vs parse");
            row(out, "parse only (FastCSV)", parse, studies, parse);
            row(out, "H2 CSVREAD into a table", csvRead, studies, parse);
            row(out, "cgt-atlas import", imported, studies, parse);
            out.printf(Locale.ROOT, "Import / CSVREAD: %.2f×%n", imported / csvRead);
            out.println("The import's two halves, timed apart (it runs them at once, on two threads):");
            row(out, "  read + classify, no database", readAndClassify, studies, parse);
            row(out, "  store the read studies in H2", store, studies, parse);
            out.printf(Locale.ROOT, "  their sum %.2f s; the import gains %.0f %% by overlapping them%n", readAndClassify + store,
                    100 * (1 - imported / (readAndClassify + store)));
        } finally {
            deleteRecursively(folder);
        }
        out.flush();
        return 0;
    }

    private static void row(PrintWriter out, String name, double seconds, int studies, double parse) {
        out.printf(Locale.ROOT, "%-40s %8.2f s %,14.0f %9.2f×%n", name, seconds, studies / seconds, seconds / parse);
    }

    /** One timed run; returns its seconds. */
    @FunctionalInterface
    private interface Run {
        double run(int index) throws IOException;
    }

    @FunctionalInterface
    private interface Work {
        void run() throws IOException;
    }

    private static double median(int runs, Run run) throws IOException {
        run.run(0);
        List<Double> seconds = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            seconds.add(run.run(i));
        }
        seconds.sort(Comparator.naturalOrder());
        return seconds.get(seconds.size() / 2);
    }

    private static double timed(Work work) throws IOException {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void parseOnly(Path file) throws IOException {
        long fields = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            for (CsvRecord record : csv) {
                fields += record.getFieldCount();
            }
        }
        if (fields == 0) {
            throw new IllegalStateException("The benchmark file has no fields: " + file);
        }
    }

    /** The time of the CSVREAD statement alone, on a database opened beforehand. */
    private static double h2CsvRead(Path file, Path databaseFolder) {
        double seconds;
        try (Database database = Database.open(databaseFolder)) {
            long start = System.nanoTime();
            database.inTransaction(connection -> {
                // CSVREAD cannot take a bound file name in CREATE TABLE … AS; the path is our own temporary file.
                String path = file.toAbsolutePath().toString().replace("'", "''");
                try (PreparedStatement statement = connection.prepareStatement(
                        "CREATE TABLE bench_csvread AS SELECT * FROM CSVREAD('" + path + "', NULL, 'charset=UTF-8')")) {
                    return statement.executeUpdate();
                }
            });
            seconds = (System.nanoTime() - start) / 1e9;
        }
        deleteRecursively(databaseFolder);
        return seconds;
    }

    private static double store(ImportStages stages, Path file, Path databaseFolder) throws IOException {
        double seconds;
        try (Database database = Database.open(databaseFolder)) {
            seconds = stages.store(file, database);
        }
        deleteRecursively(databaseFolder);
        return seconds;
    }

    /** The time of the import alone (as File ▸ Import runs it, minus the backup), on a database opened beforehand. */
    private static double importFile(Path file, Path databaseFolder, int studies) {
        double seconds;
        try (Database database = Database.open(databaseFolder)) {
            TrialImporter importer = TrialImporter.standard(database);
            long start = System.nanoTime();
            TrialImportSummary summary = importer.importFile(file, Progress.NONE);
            seconds = (System.nanoTime() - start) / 1e9;
            if (summary.added() != studies) {
                throw new IllegalStateException("The benchmark import added " + summary.added() + " of " + studies + " studies");
            }
        }
        deleteRecursively(databaseFolder);
        return seconds;
    }

    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the benchmark folder " + folder, e);
        }
    }
}
