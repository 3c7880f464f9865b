package org.cgtatlas.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cgtatlas.app.AppServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cgt-atlas backup --out FILE}: a consistent copy of the database, taken online. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Writes a consistent backup of the database (a zip file that 'restore' reads).")
public final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    private CgtAtlasCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write (.zip).")
    private Path out;

    @Override
    public Integer call() {
        try (AppServices services = AppServices.open(parent.dataFolder())) {
            services.backups().backupTo(out);
            spec.commandLine().getOut().printf("Backed up %s to %s%n", services.database().databaseFile(), out.toAbsolutePath());
        }
        return 0;
    }
}
