package org.cgtatlas.app.cli;

import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cgtatlas.app.AppServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cgt-atlas restore FILE}: replaces the database with a backup, after confirmation. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replaces the database with a backup. The current database file is kept beside it.")
public final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    private CgtAtlasCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A backup written by 'backup' or found in the data folder's backups/.")
    private Path file;

    @Option(names = "--yes", description = "Do not ask for confirmation.")
    private boolean confirmed;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No such backup file: " + file.toAbsolutePath());
        }
        if (!confirmed && !askToConfirm()) {
            spec.commandLine().getErr().println("Not restored. Add --yes to restore without being asked.");
            return 2;
        }
        try (AppServices services = AppServices.open(parent.dataFolder())) {
            services.database().restoreFrom(file);
            spec.commandLine().getOut().printf("Restored %s from %s%n", services.database().databaseFile(), file.toAbsolutePath());
        }
        return 0;
    }

    private boolean askToConfirm() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        String answer = console.readLine("Replace the database in %s with %s? [y/N] ", parent.dataFolder(), file);
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    }
}
