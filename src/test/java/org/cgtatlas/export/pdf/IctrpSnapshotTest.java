package org.cgtatlas.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.domain.RegistrySource;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot whose trial counts come from a WHO ICTRP export names the source, its export date and WHO's terms. */
class IctrpSnapshotTest {

    @TempDir
    Path dataFolder;

    @Test
    void theTrialsSectionNamesIctrpItsExportDateAndItsTerms() throws IOException {
        try (AppServices services = AppServices.open(dataFolder)) {
            services.fileImporter().importFile(Samples.of("ictrp-xml-2020-578.xml"), Progress.NONE);
        }
        String text;
        try (AppServices services = AppServices.open(dataFolder)) {
            SnapshotRequest request = SnapshotRequest.everything(ReportPageSize.A4);
            ReportData data = ReportDataAssembler.assemble(services.landscape().current(), request,
                    ZonedDateTime.of(2026, 12, 3, 9, 0, 0, 0, ZoneOffset.UTC));
            try (PDDocument document = Loader.loadPDF(new SnapshotReport(data, request).toBytes(Progress.NONE))) {
                text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            }
        }

        assertThat(text).contains("WHO ICTRP (ChiCTR, ClinicalTrials.gov) exported 2020-03-18")
                .contains(RegistrySource.ICTRP_TERMS);
    }
}
