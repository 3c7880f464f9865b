package org.cgtatlas.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.data.TableStatsRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cgt-atlas info}: where the data lives, the schema version and how many rows each table holds. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Prints the data folder, database path, schema version and row counts per table.")
public final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    private CgtAtlasCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Path folder = parent.dataFolder();
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = AppServices.open(folder)) {
            var database = services.database();
            out.printf("Data folder:     %s%n", database.dataFolder());
            out.printf("Database:        %s%n", database.databaseFile());
            out.printf("Schema version:  %s%n", database.schemaVersion());
            out.println("Rows per table:");
            Map<String, Long> counts = new TableStatsRepository(database).rowCounts();
            counts.forEach((table, count) -> out.printf("  %-32s %8d%n", table.toLowerCase(java.util.Locale.ROOT), count));
        }
        out.flush();
        return 0;
    }
}
