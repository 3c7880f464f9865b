package org.cgtatlas.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.List;
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

/** {@code export --format pdf}: checks the options, then writes the snapshot report. */
final class PdfExport {

    private final CommandSpec spec;
    private final ExportFilterOptions filters;
    private final List<String> sections;
    private final String pageSize;
    private final String since;

    PdfExport(CommandSpec spec, ExportFilterOptions filters, List<String> sections, String pageSize, String since) {
        this.spec = spec;
        this.filters = filters;
        this.sections = sections;
        this.pageSize = pageSize;
        this.since = since;
    }

    int run(Path dataFolder, Path out) throws IOException {
        Set<ReportSection> chosenSections = sections();
        ReportPageSize paper = paper();
        Modality modality = filters.modality();
        try (AppServices services = AppServices.open(dataFolder)) {
            Landscape landscape = services.landscape().current();
            SnapshotRequest request = new SnapshotRequest(chosenSections, paper,
                    new ReportFilter(filters.countryCode(landscape), modality), filters.any());
            if (since != null) {
                request = request.withChanges(changesSince(services, landscape, modality));
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
    private ChangesSince changesSince(AppServices services, Landscape landscape, Modality modality) {
        ChangesSinceReader reader = services.changesSince();
        ChangesSince.Start start;
        try {
            start = reader.start(since, ZoneId.systemDefault());
        } catch (IllegalArgumentException e) {
            throw filters.invalid(e.getMessage());
        }
        return reader.read(start, new ChangesSince.Filter(filters.countryCode(landscape), null, modality));
    }

    private Set<ReportSection> sections() {
        if (sections == null || sections.isEmpty()) {
            return EnumSet.allOf(ReportSection.class);
        }
        EnumSet<ReportSection> chosen = EnumSet.noneOf(ReportSection.class);
        for (String name : sections) {
            chosen.add(ReportSection.parse(name).orElseThrow(() -> filters.invalid("Unknown section '" + name + "': use "
                    + EnumSet.allOf(ReportSection.class).stream().map(ReportSection::shortName).collect(Collectors.joining(", ")))));
        }
        return chosen;
    }

    private ReportPageSize paper() {
        return ReportPageSize.parse(pageSize).orElseThrow(() -> filters.invalid("Unknown page size '" + pageSize + "': use a4 or letter"));
    }
}
