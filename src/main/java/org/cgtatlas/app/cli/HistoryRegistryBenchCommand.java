package org.cgtatlas.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.ingest.clinicaltrials.DailyRefreshSimulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cgt-atlas bench history-registry}: how much a year of daily registry refreshes adds to the database through
 * the change log (issue 18's goal: under 100 MB a year together with the curated log). Runs in a temporary folder.
 */
@Command(name = "history-registry", mixinStandardHelpOptions = true,
        description = "Stores a year of daily refreshes of made-up studies, a share changing each day, through the real "
                + "writer, and prints what the registry runs' log adds to the database.")
public final class HistoryRegistryBenchCommand implements Callable<Integer> {

    private static final double MB = 1024.0 * 1024.0;

    @Spec
    private CommandSpec spec;

    @Option(names = "--studies", defaultValue = "5000", description = "Studies in each refresh (default: ${DEFAULT-VALUE}).")
    private int studies;

    @Option(names = "--days", defaultValue = "365", description = "Daily refreshes (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--changed", defaultValue = "2", description = "Percent of the studies changing each day (default: ${DEFAULT-VALUE}).")
    private double changedPercent;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("cgt-atlas-bench-history-");
        try {
            Path csv = folder.resolve("ctg-studies.csv");
            SyntheticStudiesCsv.write(csv, studies, 18L);
            DailyRefreshSimulation simulation = new DailyRefreshSimulation(csv);
            int changedPerDay = (int) Math.round(simulation.studies() * changedPercent / 100);
            out.printf(Locale.ROOT, "%,d studies refreshed in full every day for %d days; %,d (%.1f %%) change status each day.%n",
                    simulation.studies(), days, changedPerDay, changedPercent);
            out.flush();

            long firstDay = databaseSize(folder.resolve("first-day"), simulation, changedPerDay);
            long started = System.nanoTime();
            Path yearFile;
            try (Database database = Database.open(folder.resolve("year"))) {
                yearFile = database.databaseFile();
                simulation.run(database, days, changedPerDay, day -> {
                    if (day > 0 && day % 73 == 0) {
                        out.printf(Locale.ROOT, "  day %d stored%n", day);
                        out.flush();
                    }
                });
                double seconds = (System.nanoTime() - started) / 1e9;
                out.printf(Locale.ROOT, "Took %.1f s (%.2f s a refresh, the log included).%n", seconds, seconds / (days + 1));
                out.printf(Locale.ROOT, "Change log: %,d registry runs, %,d trial rows.%n", count(database, "change_log"),
                        count(database, "registry_run_trial"));
                out.printf(Locale.ROOT, "Space the log's tables use (H2 DISK_SPACE_USED): change_log %.2f MB, "
                        + "registry_run_trial %.2f MB.%n", diskSpace(database, "CHANGE_LOG") / MB,
                        diskSpace(database, "REGISTRY_RUN_TRIAL") / MB);
            }
            long afterYear = Files.size(yearFile);
            out.printf(Locale.ROOT, "Database file: %.1f MB after the first refresh, %.1f MB after %d days: %+.1f MB "
                    + "(the goal, with the curated log: under 100 MB a year).%n", firstDay / MB, afterYear / MB, days,
                    (afterYear - firstDay) / MB);
        } finally {
            BenchFolder.deleteRecursively(folder);
        }
        return 0;
    }

    /** The database file's size, closed, after the first refresh alone in a fresh data folder. */
    private static long databaseSize(Path dataFolder, DailyRefreshSimulation simulation, int changedPerDay) throws IOException {
        Path file;
        try (Database database = Database.open(dataFolder)) {
            file = database.databaseFile();
            simulation.run(database, 0, changedPerDay, day -> { });
        }
        return Files.size(file);
    }

    private static long count(Database database, String table) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private static long diskSpace(Database database, String table) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT DISK_SPACE_USED(?)")) {
                select.setString(1, table);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }
}
