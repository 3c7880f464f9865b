package org.cgtatlas.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.domain.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cgt-atlas export --format json --out FILE}: the whole dataset with citations and sources. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports data. json: the whole dataset (every fact, its citations and the sources' full texts).")
public final class ExportCommand implements Callable<Integer> {

    /** The export formats. */
    public enum Format { json }

    @ParentCommand
    private CgtAtlasCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", required = true, description = "Output format: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        try (AppServices services = AppServices.open(parent.dataFolder())) {
            Dataset dataset = services.datasetExporter().export(out);
            spec.commandLine().getOut().printf("Wrote %s: %d sources, %d organizations, %d metrics, %d milestones, "
                            + "%d pipeline listings, %d programmes, %d events, %d people%n",
                    out.toAbsolutePath(), dataset.sources().size(), dataset.organizations().size(), dataset.metrics().size(),
                    dataset.milestones().size(), dataset.pipelineListings().size(), dataset.programmes().size(),
                    dataset.events().size(), dataset.people().size());
        }
        return 0;
    }
}
