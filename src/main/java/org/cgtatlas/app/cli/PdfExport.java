package org.cgtatlas.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.domain.Briefing;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.export.pdf.ReportFilter;
import org.cgtatlas.export.pdf.ReportPageSize;
import org.cgtatlas.export.pdf.ReportSection;
import org.cgtatlas.export.pdf.SnapshotRequest;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.history.ChangesSince;
import org.cgtatlas.landscape.history.ChangesSinceReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code export --format pdf}: checks the options, then writes the snapshot report. */
final class PdfExport {

    private final CommandSpec spec;
    private final List<String> sections;
    private final String country;
    private final String modality;
    private final String pageSize;
    private final String since;

    PdfExport(CommandSpec spec, List<String> sections, String country, String modality, String pageSize, String since) {
        this.spec = spec;
        this.sections = sections;
        this.country = country;
        this.modality = modality;
        this.pageSize = pageSize;
        this.since = since;
    }

    int run(Path dataFolder, Path out) throws IOException {
        SnapshotRequest request = new SnapshotRequest(sections(), paper(), new ReportFilter(countryCode(), modality()),
                country != null || modality != null);
        try (AppServices services = AppServices.open(dataFolder)) {
            Landscape landscape = services.landscape().current();
            checkCountry(landscape);
            if (since != null) {
                request = request.withChanges(changesSince(services));
            }
            long started = System.nanoTime();
            Briefing briefing = services.briefingExport().export(landscape, request, out, ZonedDateTime.now(), Progress.NONE);
            spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s: %d pages, %d KB; the report took %d ms%n", out.toAbsolutePath(),
                    briefing.pages(), Files.size(out) / 1024, (System.nanoTime() - started) / 1_000_000);
            spec.commandLine().getOut().printf(Locale.ROOT, "Pinned as briefing #%d (data revision %d, SHA-256 %s)%n",
                    briefing.id(), briefing.dataRevision(), briefing.sha256());
        }
        return 0;
    }

    /** What changed since {@code --since}, under the report's country and modality filters. */
    private ChangesSince changesSince(AppServices services) {
        ChangesSinceReader reader = services.changesSince();
        ChangesSince.Start start;
        try {
            start = reader.start(since, ZoneId.systemDefault());
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
        return reader.read(start, new ChangesSince.Filter(countryCode(), null, modality()));
    }

    private Set<ReportSection> sections() {
        if (sections == null || sections.isEmpty()) {
            return EnumSet.allOf(ReportSection.class);
        }
        EnumSet<ReportSection> chosen = EnumSet.noneOf(ReportSection.class);
        for (String name : sections) {
            chosen.add(ReportSection.parse(name).orElseThrow(() -> invalid("Unknown section '" + name + "': use "
                    + EnumSet.allOf(ReportSection.class).stream().map(ReportSection::shortName).collect(Collectors.joining(", ")))));
        }
        return chosen;
    }

    private ReportPageSize paper() {
        return ReportPageSize.parse(pageSize).orElseThrow(() -> invalid("Unknown page size '" + pageSize + "': use a4 or letter"));
    }

    private String countryCode() {
        return country == null ? null : country.strip().toUpperCase(Locale.ROOT);
    }

    private Modality modality() {
        return modality == null ? null : Modality.parse(modality).orElseThrow(() -> invalid("Unknown modality '" + modality
                + "': use one of " + EnumSet.allOf(Modality.class).stream().map(Modality::label).collect(Collectors.joining(", "))));
    }

    private void checkCountry(Landscape landscape) {
        String code = countryCode();
        if (code != null && landscape.country(code).isEmpty()) {
            throw invalid("Unknown country '" + country + "': use one of " + String.join(", ", landscape.region().codes()));
        }
    }

    private ParameterException invalid(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
