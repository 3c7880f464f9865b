package org.cgtatlas.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.domain.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cgt-atlas export --format json --out FILE}: the whole dataset with citations and sources;
 * {@code --format pdf}: the snapshot report; {@code --format png}: an image of one screen, rendered headless;
 * {@code --format csv --view pipeline}: the Pipeline table, filtered like the screen, all columns in their default order;
 * {@code --format csv --view trials}: the imported trials, one row per trial.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports data. json: the whole dataset (every fact, its citations and the sources' full texts).",
            "pdf: the briefing snapshot report (choose --sections, --country, --modality, --page-size).",
            "png: an image of one screen (--view, --scale), rendered without a display if there is none.",
            "csv: the Pipeline table (--view pipeline), optionally only --country and --modality; or the imported trials, "
                + "one row per trial (--view trials), optionally only --country, --modality and --registry."})
public final class ExportCommand implements Callable<Integer> {

    /** The export formats. */
    public enum Format { json, pdf, png, csv }

    @ParentCommand
    private CgtAtlasCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", required = true, description = "Output format: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    private Path out;

    @Option(names = "--sections", split = ",", paramLabel = "SECTION",
            description = "pdf: the sections after the cover (default: all): overview, comparison, pipeline, timeline, "
                    + "matrix, trials, sources.")
    private List<String> sections;

    @Option(names = "--country", paramLabel = "ISO", description = "pdf, csv: only this country (ISO code, e.g. JP).")
    private String country;

    @Option(names = "--modality", paramLabel = "MODALITY", description = "pdf, csv: only programmes (or trials) of this modality (e.g. CAR-T).")
    private String modality;

    @Option(names = "--registry", paramLabel = "REGISTRY",
            description = "csv --view trials: only trials registered in this register (e.g. ChiCTR, JPRN, ClinicalTrials.gov).")
    private String registry;

    @Option(names = "--page-size", paramLabel = "a4|letter", defaultValue = "a4", description = "pdf: the paper (default: ${DEFAULT-VALUE}).")
    private String pageSize;

    @Option(names = "--view", paramLabel = "SCREEN", description = "png: the screen: dashboard, countries, pipeline, timeline, trials, sources; csv: pipeline or trials.")
    private String view;

    @Option(names = "--since", paramLabel = "BRIEFING_ID|DATE",
            description = "pdf: add 'What changed since' a briefing (its id) or a day (YYYY-MM-DD) after the cover.")
    private String since;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "1|2", description = "png: 1 or 2 (default: ${DEFAULT-VALUE}).")
    private double scale;

    @Override
    public Integer call() throws Exception {
        return switch (format) {
            case json -> exportJson();
            case pdf -> new PdfExport(spec, filters(), sections, pageSize, since).run(parent.dataFolder(), out);
            case png -> new PngExport(spec, view, scale).run(parent.dataFolder(), out);
            case csv -> view != null && TrialsCsvExport.TRIALS.equalsIgnoreCase(view.strip())
                    ? new TrialsCsvExport(spec, filters(), registry).run(parent.dataFolder(), out)
                    : new PipelineCsvExport(spec, filters(), view).run(parent.dataFolder(), out);
        };
    }

    private ExportFilterOptions filters() {
        return new ExportFilterOptions(spec, country, modality);
    }

    private int exportJson() throws java.io.IOException {
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
