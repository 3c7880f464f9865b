package org.cgtatlas.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.core.concurrent.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cgt-atlas import FILE}: imports a file, all or nothing, and prints what it did. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a ClinicalTrials.gov export (site CSV, legacy SearchResults.csv or API v2 JSON), a WHO ICTRP "
                + "export (XML or CSV) or a CGT Atlas dataset (JSON); the format is told from the content. A backup is taken first. "
                + "All or nothing: a bad file changes nothing.")
public final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private CgtAtlasCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = AppServices.open(parent.dataFolder())) {
            services.fileImporter().importFile(file, Progress.NONE).summaryLines().forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
