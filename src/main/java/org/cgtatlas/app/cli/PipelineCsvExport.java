package org.cgtatlas.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.export.csv.PipelineCsv;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.pipeline.PipelineColumn;
import org.cgtatlas.landscape.pipeline.PipelineFilter;
import org.cgtatlas.landscape.pipeline.PipelineCount;
import org.cgtatlas.landscape.pipeline.PipelineRow;
import org.cgtatlas.landscape.pipeline.PipelineRows;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code export --format csv --view pipeline [--country KR] [--modality CAR-T]}: the Pipeline screen's table,
 * filtered by the screen's {@link PipelineFilter}, with all columns in their default order.
 */
final class PipelineCsvExport {

    private static final String PIPELINE = "pipeline";

    private final CommandSpec spec;
    private final ExportFilterOptions filters;
    private final String view;

    PipelineCsvExport(CommandSpec spec, ExportFilterOptions filters, String view) {
        this.spec = spec;
        this.filters = filters;
        this.view = view;
    }

    int run(Path dataFolder, Path out) throws Exception {
        if (view == null || !PIPELINE.equalsIgnoreCase(view.strip())) {
            throw filters.invalid("--format csv needs --view " + PIPELINE + " or " + TrialsCsvExport.TRIALS
                    + (view == null ? "" : ", not '" + view + "'"));
        }
        Modality chosenModality = filters.modality();
        try (AppServices services = AppServices.open(dataFolder)) {
            Landscape landscape = services.landscape().current();
            PipelineFilter filter = new PipelineFilter(filters.countryCode(landscape), chosenModality, null, null, "");
            List<PipelineRow> rows = filter.apply(PipelineRows.of(landscape));
            PipelineCsv.write(out, rows, List.of(PipelineColumn.values()));
            spec.commandLine().getOut().printf("Wrote %s: %d pipeline row(s), %s%n", out.toAbsolutePath(), rows.size(),
                    PipelineCount.of(rows).inWords());
        }
        return 0;
    }
}