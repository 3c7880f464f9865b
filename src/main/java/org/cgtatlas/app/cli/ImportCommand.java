package org.cgtatlas.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.domain.DatasetWriteSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cgt-atlas import FILE}: reads a CGT Atlas dataset JSON file, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a file: a CGT Atlas dataset (JSON, as written by 'export --format json').")
public final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private CgtAtlasCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    private Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No such file: " + file.toAbsolutePath());
        }
        try (AppServices services = AppServices.open(parent.dataFolder())) {
            DatasetWriteSummary summary = services.datasetImporter().importFile(file);
            spec.commandLine().getOut().printf("Imported %s: %d records added, %d updated%n",
                    file.toAbsolutePath(), summary.added(), summary.updated());
        }
        return 0;
    }
}
