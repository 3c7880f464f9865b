package org.cgtatlas.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.export.pdf.layout.ReportLayout;
import org.cgtatlas.landscape.Landscape;
import org.junit.jupiter.api.Test;

/** Whatever the amount of data, text stays inside the page margins and above the footer. */
class SnapshotLayoutBoundsTest {

    private static final float FOOTER_BAND = 30f;

    @Test
    void theBundledSnapshotStaysInsideItsMargins() throws IOException {
        assertInsideMargins(BundledDataset.load(), ReportPageSize.A4);
    }

    @Test
    void manyEventsStillFitTheTimelinePageOnLetterPaper() throws IOException {
        Dataset bundled = BundledDataset.load();
        List<CollaborationEvent> events = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            CollaborationEvent base = bundled.events().get(i % bundled.events().size());
            events.add(new CollaborationEvent(base.id() + "-" + i, base.type(), base.title(),
                    PartialDate.ofDay(LocalDate.of(2023, 1, 1).plusDays(2L * i)), null, base.participants(), base.countryCodes(),
                    null, null, null, null, null, base.citations(), base.provenance()));
        }
        Dataset many = new Dataset(bundled.format(), bundled.formatVersion(), bundled.datasetVersion(), bundled.asOf(),
                bundled.sources(), bundled.countries(), bundled.organizations(), bundled.metrics(), bundled.milestones(),
                bundled.pipelineListings(), bundled.programmes(), events, bundled.people());
        String text = assertInsideMargins(many, ReportPageSize.LETTER);
        assertThat(text).contains("Too many events to number them on the figure");
    }

    private static String assertInsideMargins(Dataset dataset, ReportPageSize paper) throws IOException {
        SnapshotRequest request = SnapshotRequest.everything(paper);
        ReportData data = ReportDataAssembler.assemble(Landscape.of(dataset), ReportFilter.NONE, BundledDataset.EXPORTED);
        byte[] pdf = new SnapshotReport(data, request).toBytes(Progress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BoundsCheck check = new BoundsCheck(document);
            String text = check.getText(document);
            assertThat(check.outside).as("text outside the margins or in the footer band").isEmpty();
            return text;
        }
    }

    /** Collects every character drawn outside the content area of its page (the footer line itself excepted). */
    private static final class BoundsCheck extends PDFTextStripper {
        private final PDDocument document;
        private final List<String> outside = new ArrayList<>();

        BoundsCheck(PDDocument document) throws IOException {
            this.document = document;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (text.startsWith("CGT Atlas — ")) {
                return;
            }
            var box = document.getPage(getCurrentPageNo() - 1).getMediaBox();
            for (TextPosition position : positions) {
                float x = position.getXDirAdj();
                float baseline = position.getYDirAdj();
                boolean inside = x >= ReportLayout.MARGIN - 1 && x + position.getWidthDirAdj() <= box.getWidth() - ReportLayout.MARGIN + 1
                        && baseline >= ReportLayout.MARGIN - 1 && baseline <= box.getHeight() - ReportLayout.MARGIN - FOOTER_BAND;
                if (!inside) {
                    outside.add("page " + getCurrentPageNo() + ": '" + text + "' at " + x + ", " + baseline);
                    return;
                }
            }
            super.writeString(text, positions);
        }
    }
}
