package org.cgtatlas.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cgtatlas.app.CgtAtlasApp;
import org.cgtatlas.core.logging.FileLogConfigurator;
import org.cgtatlas.core.db.DataFolderLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cgt-atlas}: with no subcommand it opens the window; subcommands run headless. */
@Command(name = "cgt-atlas",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "CGT Atlas: the cell & gene therapy landscape of China, Japan, South Korea and Taiwan.%n"
                + "Without a command, opens the desktop window.",
        subcommands = {InfoCommand.class, ImportCommand.class, ExportCommand.class, StatsCommand.class, BackupCommand.class,
                RestoreCommand.class, RefreshCommand.class, BenchCommand.class, ProductsCommand.class, OverrideCommand.class,
                HistoryCommand.class, BriefingsCommand.class, ChangesCommand.class})
public final class CgtAtlasCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Data folder (default: $" + DataFolderLocator.HOME_VARIABLE + " or the platform's per-user folder).")
    private Path dataDir;

    private Path resolvedFolder;

    /** Resolves the data folder once and points the log there before anything logs. */
    public Path dataFolder() {
        if (resolvedFolder == null) {
            resolvedFolder = dataFolder(dataDir);
        }
        return resolvedFolder;
    }

    /** The data folder {@code given} names, or the default one when null, with the log pointed there. */
    public static Path dataFolder(Path given) {
        Path folder = DataFolderLocator.forThisMachine().locate(given);
        if (System.getProperty(FileLogConfigurator.LOG_DIR) == null) {
            System.setProperty(FileLogConfigurator.LOG_DIR, folder.resolve("logs").toString());
        }
        return folder;
    }

    @Override
    public Integer call() {
        CgtAtlasApp.launchWindow(dataFolder());
        return 0;
    }
}
