package org.cgtatlas.app.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.feature.pipeline.PipelineColumn;
import org.cgtatlas.feature.pipeline.PipelineCsv;
import org.cgtatlas.feature.pipeline.PipelineFilter;
import org.cgtatlas.feature.pipeline.PipelineRow;
import org.cgtatlas.feature.pipeline.PipelineRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code cgt-atlas export --format json --out FILE}: the whole dataset with citations and sources;
 * {@code cgt-atlas export --format csv --view pipeline --out FILE [--country KR] [--modality CAR-T]}: the Pipeline
 * screen's table, filtered the same way, all columns in their default order.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports data.",
                "json: the whole dataset (every fact, its citations and the sources' full texts).",
                "csv: one screen's table (--view pipeline), optionally filtered by --country and --modality."})
public final class ExportCommand implements Callable<Integer> {

    /** The export formats. */
    public enum Format { json, csv }

    /** The screens whose table can be exported as CSV. */
    public enum View { pipeline }

    @ParentCommand
    private CgtAtlasCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", required = true, description = "Output format: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    private Path out;

    @Option(names = "--view", description = "For csv: the table to export: ${COMPLETION-CANDIDATES}.")
    private View view;

    @Option(names = "--country", paramLabel = "CODE", description = "For csv: only this country (ISO code, e.g. KR).")
    private String country;

    @Option(names = "--modality", paramLabel = "MODALITY", converter = ModalityConverter.class,
            description = "For csv: only this modality, by name or label (e.g. CAR-T, CAR_NK, \"iPSC-derived\").")
    private Modality modality;

    @Override
    public Integer call() throws Exception {
        if (format == Format.csv) {
            return exportPipelineCsv();
        }
        if (view != null || country != null || modality != null) {
            throw new ParameterException(spec.commandLine(), "--view, --country and --modality apply to --format csv only");
        }
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

    private int exportPipelineCsv() throws Exception {
        if (view == null) {
            throw new ParameterException(spec.commandLine(), "--format csv needs --view (one of: pipeline)");
        }
        PipelineFilter filter = new PipelineFilter(country == null ? null : country.strip(), modality, null, null, "");
        try (AppServices services = AppServices.open(parent.dataFolder())) {
            List<PipelineRow> rows = filter.apply(PipelineRows.build(services.pipelineRepositories().load()));
            PipelineCsv.write(out, rows, List.of(PipelineColumn.values()));
            spec.commandLine().getOut().printf("Wrote %s: %d pipeline row(s)%n", out.toAbsolutePath(), rows.size());
        }
        return 0;
    }

    /** Reads a modality by its name or its label, and lists the choices when it is neither. */
    public static final class ModalityConverter implements ITypeConverter<Modality> {
        @Override
        public Modality convert(String value) {
            return Modality.parse(value).orElseThrow(() -> new TypeConversionException("unknown modality '" + value
                    + "'; use one of: " + String.join(", ", Arrays.stream(Modality.values()).map(Modality::label).toList())));
        }
    }
}
