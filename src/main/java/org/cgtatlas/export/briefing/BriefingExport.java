package org.cgtatlas.export.briefing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.data.BriefingRepository;
import org.cgtatlas.domain.Briefing;
import org.cgtatlas.domain.RecordIds;
import org.cgtatlas.export.pdf.ReportDataAssembler;
import org.cgtatlas.export.pdf.ReportFilter;
import org.cgtatlas.export.pdf.ReportSection;
import org.cgtatlas.export.pdf.SnapshotPdfWriter;
import org.cgtatlas.export.pdf.SnapshotReport;
import org.cgtatlas.export.pdf.SnapshotRequest;
import org.cgtatlas.landscape.Landscape;

/**
 * Every PDF export, from the window and the command line: writes the snapshot report of a {@link Landscape}, then
 * pins it as a briefing. The briefing's data revision is the snapshot's own ({@link Landscape#changeLogRevision}),
 * read in the same transaction as the data the PDF prints; its SHA-256 is of the bytes written. A write that fails
 * or is cancelled throws before anything is recorded.
 */
public final class BriefingExport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BriefingRepository briefings;

    public BriefingExport(BriefingRepository briefings) {
        this.briefings = briefings;
    }

    /** Writes the PDF to {@code target}; returns the briefing recorded for it. */
    public Briefing export(Landscape landscape, SnapshotRequest request, Path target, ZonedDateTime now, Progress progress) {
        SnapshotReport report = new SnapshotReport(ReportDataAssembler.assemble(landscape, request, now), request);
        SnapshotPdfWriter.WrittenPdf written = SnapshotPdfWriter.write(report, target, progress);
        return briefings.record(new Briefing(0, now.toInstant(), RecordIds.currentUser(), SnapshotReport.TITLE,
                filters(request.effectiveFilter()), sections(request), landscape.changeLogRevision(),
                target.toAbsolutePath().toString(), written.sha256(), written.pages()));
    }

    private static List<String> sections(SnapshotRequest request) {
        return request.sections().stream().sorted().map(ReportSection::shortName).toList();
    }

    /** For example {@code {"country":"JP","modality":"CAR_T"}}; {@code {}} without filters. */
    static String filters(ReportFilter filter) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (filter.countryCode() != null) {
            filters.put("country", filter.countryCode());
        }
        if (filter.modality() != null) {
            filters.put("modality", filter.modality().name());
        }
        try {
            return JSON.writeValueAsString(filters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the filters", e);
        }
    }
}
