package org.cgtatlas.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.data.ImportArchive;
import org.cgtatlas.data.TableStatsRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cgt-atlas info}: where the data lives, the schema version, the imported files kept and how many rows each
 * table holds.
 */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Prints the data folder, database path, schema version, the imported files kept and row counts per table.")
public final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    private CgtAtlasCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path folder = parent.dataFolder();
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = AppServices.open(folder)) {
            var database = services.database();
            out.printf("Data folder:     %s%n", database.dataFolder());
            out.printf("Database:        %s%n", database.databaseFile());
            out.printf("Schema version:  %s%n", database.schemaVersion());
            ImportArchive archive = new ImportArchive(database.dataFolder());
            ImportArchive.Usage kept = archive.usage();
            out.printf(Locale.ROOT, "Imported files:  %d kept, %.1f MB, in %s%n", kept.files(), kept.bytes() / 1e6, archive.folder());
            out.println("Rows per table:");
            Map<String, Long> counts = new TableStatsRepository(database).rowCounts();
            counts.forEach((table, count) -> out.printf("  %-32s %8d%n", table.toLowerCase(Locale.ROOT), count));
        }
        out.flush();
        return 0;
    }
}
