package org.cgtatlas.app.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.export.csv.PipelineCsv;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.pipeline.PipelineColumn;
import org.cgtatlas.landscape.pipeline.PipelineFilter;
import org.cgtatlas.landscape.pipeline.PipelineCount;
import org.cgtatlas.landscape.pipeline.PipelineRow;
import org.cgtatlas.landscape.pipeline.PipelineRows;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code export --format csv --view pipeline [--country KR] [--modality CAR-T]}: the Pipeline screen's table,
 * filtered by the screen's {@link PipelineFilter}, with all columns in their default order.
 */
final class PipelineCsvExport {

    private static final String PIPELINE = "pipeline";

    private final CommandSpec spec;
    private final String view;
    private final String country;
    private final String modality;

    PipelineCsvExport(CommandSpec spec, String view, String country, String modality) {
        this.spec = spec;
        this.view = view;
        this.country = country;
        this.modality = modality;
    }

    int run(Path dataFolder, Path out) throws Exception {
        if (view == null || !PIPELINE.equalsIgnoreCase(view.strip())) {
            throw invalid("--format csv needs --view " + PIPELINE + " or " + TrialsCsvExport.TRIALS
                    + (view == null ? "" : ", not '" + view + "'"));
        }
        Modality chosenModality = modality();
        try (AppServices services = AppServices.open(dataFolder)) {
            Landscape landscape = services.landscape().current();
            PipelineFilter filter = new PipelineFilter(countryCode(landscape.countries()), chosenModality, null, null, "");
            List<PipelineRow> rows = filter.apply(PipelineRows.of(landscape));
            PipelineCsv.write(out, rows, List.of(PipelineColumn.values()));
            spec.commandLine().getOut().printf("Wrote %s: %d pipeline row(s), %s%n", out.toAbsolutePath(), rows.size(),
                    PipelineCount.of(rows).inWords());
        }
        return 0;
    }

    private String countryCode(List<Country> known) {
        if (country == null) {
            return null;
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (known.stream().noneMatch(each -> each.code().equals(code))) {
            throw invalid("Unknown country '" + country + "': use one of "
                    + known.stream().map(Country::code).collect(Collectors.joining(", ")));
        }
        return code;
    }

    private Modality modality() {
        return modality == null ? null : Modality.parse(modality).orElseThrow(() -> invalid("Unknown modality '" + modality
                + "': use one of " + EnumSet.allOf(Modality.class).stream().map(Modality::label).collect(Collectors.joining(", "))));
    }

    private ParameterException invalid(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
