package org.cgtatlas.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.domain.AnalystSource;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.EventParticipant;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.RecordOrigin;
import org.cgtatlas.landscape.Landscape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An analyst's own sources are numbered and listed in the PDF's references; a record without any says so. */
class AnalystSourcesInReportTest {

    private static final AnalystSource WEB = new AnalystSource("https://www.example.com/news/zeta-cel", null,
            "Example News", PartialDate.ofMonth(2026, 11), "Zeta-cel dosed its first patient", LocalDate.of(2026, 11, 30));
    private static final AnalystSource DOCUMENT = new AnalystSource(null, "Zeta annual report", "Zeta Bio",
            PartialDate.ofYear(2025), null, LocalDate.of(2026, 12, 1));

    private static String text;

    @BeforeAll
    static void reportWithTheAnalystsRecords() throws IOException {
        Dataset bundled = BundledDataset.load();
        Provenance entered = Provenance.editedNowBy(RecordOrigin.USER, "analyst");
        List<Programme> programmes = new ArrayList<>(bundled.programmes());
        programmes.add(new Programme("prog-user-zeta", "Zeta-cel", "org-jw-therapeutics", "CN", null, null, null, null,
                null, List.of(), null, List.of(), entered, List.of(), List.of(WEB, DOCUMENT)));
        programmes.add(new Programme("prog-user-eta", "Eta-cel", "org-jw-therapeutics", "CN", null, null, null, null,
                null, List.of(), null, List.of(), entered));
        List<CollaborationEvent> events = new ArrayList<>(bundled.events());
        events.add(new CollaborationEvent("evt-user-bare", EventType.MOU, "Bare MOU", PartialDate.ofDay(2026, 11, 2), null,
                List.of(new EventParticipant("org-jw-therapeutics", null)), List.of("CN"), null, null, null, null, null,
                List.of(), entered));
        Dataset dataset = new Dataset(bundled.format(), bundled.formatVersion(), bundled.datasetVersion(), bundled.asOf(),
                bundled.sources(), bundled.countries(), bundled.organizations(), bundled.metrics(), bundled.milestones(),
                bundled.pipelineListings(), programmes, events, bundled.people());
        SnapshotRequest request = SnapshotRequest.everything(ReportPageSize.A4);
        byte[] pdf = new SnapshotReport(ReportDataAssembler.assemble(Landscape.of(dataset), request, BundledDataset.EXPORTED),
                request).toBytes(Progress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theAnalystsSourcesAreNumberedReferencesWithWhatTheyAreAndTheQuotedPassage() {
        assertThat(text).contains("Analyst's source: https://www.example.com/news/zeta-cel — Example News, 2026-11 · "
                + "accessed 2026-11-30").contains("\"Zeta-cel dosed its first patient\"");
        assertThat(text).contains("Analyst's source: Zeta annual report — Zeta Bio, 2025 · accessed 2026-12-01");
        assertThat(text).containsPattern("Zeta-cel .*\\[\\d+,\\d+\\]");
    }

    @Test
    void aProgrammeAndAnEventWithoutAnySourceSaySoInTheirRows() {
        assertThat(text).containsPattern("Eta-cel — — — — " + References.NO_SOURCE);
        assertThat(text).containsPattern("Bare MOU China " + References.NO_SOURCE);
    }
}
