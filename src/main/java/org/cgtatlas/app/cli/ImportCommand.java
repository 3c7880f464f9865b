package org.cgtatlas.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.ingest.ImportFormat;
import org.cgtatlas.ingest.ImportFormatDetector;
import org.cgtatlas.ingest.clinicaltrials.ImportSummaryText;
import org.cgtatlas.ingest.clinicaltrials.TrialImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cgt-atlas import FILE}: imports a file, all or nothing, and prints what it did. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a ClinicalTrials.gov export (site CSV, legacy SearchResults.csv or API v2 JSON; "
                + "the format is told from the content) and prints a summary. All or nothing: a bad file changes nothing.")
public final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private CgtAtlasCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    private Path file;

    @Override
    public Integer call() {
        ImportFormat format = new ImportFormatDetector().detect(file);
        PrintWriter out = spec.commandLine().getOut();
        try (Database database = Database.open(parent.dataFolder())) {
            List<String> summary = switch (format) {
                case CTGOV_CSV_MODERN, CTGOV_CSV_LEGACY, CTGOV_JSON ->
                        ImportSummaryText.lines(TrialImporter.standard(database).importFile(file, format, Progress.NONE));
            };
            summary.forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
