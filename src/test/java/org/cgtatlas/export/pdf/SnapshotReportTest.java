package org.cgtatlas.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.MetricKind;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.export.pdf.section.SectionInputs;
import org.cgtatlas.export.pdf.section.TrialsRenderer;
import org.cgtatlas.ingest.dataset.DatasetImporter;
import org.cgtatlas.ingest.dataset.DatasetReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generates the full snapshot of the bundled dataset through the repositories and reads it back with PDFBox. */
class SnapshotReportTest {

    private static final ZonedDateTime EXPORTED = ZonedDateTime.of(2026, 11, 23, 9, 30, 0, 0, ZoneOffset.UTC);

    @TempDir
    static Path dataFolder;

    private static AppServices services;
    private static Dataset bundled;
    private static byte[] pdf;

    @BeforeAll
    static void exportTheFullSnapshot() throws IOException {
        services = AppServices.open(dataFolder);
        try (InputStream in = SnapshotReportTest.class.getResourceAsStream(DatasetImporter.BUNDLE_RESOURCE)) {
            bundled = new DatasetReader().read(in, "east-asia-cgt.json");
        }
        SnapshotRequest request = SnapshotRequest.everything(ReportPageSize.A4);
        ReportData data = ReportDataAssembler.assemble(services.landscape().current(), request, EXPORTED);
        pdf = new SnapshotReport(data, request).toBytes(Progress.NONE);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "snapshot-test.pdf"), pdf);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void curatorInferencesAreMarkedAndExplainedAndTheOverviewCountsEachHappeningOnce() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            assertThat(text).contains("Curator's inferences").contains("expanded from 'SMA'")
                    .containsPattern("\\(SMA\\)\\s+≈");
            assertThat(text).contains("Other highlights").contains("Each happening is counted once");
        }
    }

    @Test
    void symbolsTheCjkFontLacksPrintWithTheBundledSymbolFont() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(text(document)).contains("📍 Songdo Convensia, Incheon, South Korea 📆 25 September 2025");
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            assertThat(fonts).anyMatch(name -> name.endsWith("+Symbola"));
        }
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    @Test
    void everySectionIsPresentAndBookmarked() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            assertThat(text).contains(SnapshotReport.TITLE);
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            List<String> expected = new ArrayList<>(List.of("Cover"));
            for (ReportSection section : ReportSection.values()) {
                expected.add(section.title());
                assertThat(text).contains(section.title());
            }
            assertThat(bookmarks).containsExactlyElementsOf(expected);
            assertThat(text).contains(TrialsRenderer.NONE_IMPORTED);
        }
    }

    @Test
    void theCoverStatesAsOfDateExportTimeVersionAndFilters() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String cover = stripper.getText(document);
            assertThat(cover).contains(bundled.asOf().iso()).contains("2026-11-23 09:30")
                    .contains(bundled.datasetVersion()).contains("None (all countries and modalities)");
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                int page = document.getPages().indexOf(item.findDestinationPage(document)) + 1;
                assertThat(page).isPositive();
                if (page > 1) {
                    assertThat(cover).as("contents entry").containsPattern(item.getTitle() + "\\s+" + page);
                }
            }
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(SnapshotReport.TITLE);
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo(SnapshotReport.SUBJECT);
            assertThat(document.getDocumentInformation().getCreationDate()).isNotNull();
        }
    }

    @Test
    void everyInRegionApprovalsFigureIsPrintedAsWorded() throws IOException {
        List<String> lines;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            lines = text(document).lines().map(String::strip).toList();
        }
        List<CountryMetric> approvals = bundled.metrics().stream()
                .filter(metric -> metric.kind() == MetricKind.APPROVED_CGT_PRODUCTS).toList();
        List<String> inRegion = bundled.countries().stream().filter(Country::inRegion).map(Country::code).toList();
        assertThat(approvals).extracting(CountryMetric::wording).contains("21", "15");
        for (CountryMetric metric : approvals) {
            if (inRegion.contains(metric.countryCode())) {
                assertThat(lines).as(metric.countryCode()).anyMatch(line -> line.startsWith(metric.wording()));
            }
        }
    }

    @Test
    void japaneseNamesAndQuotesAreRealText() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document).replace("\n", "").replace("\r", "");
            assertThat(text).contains("日本再生医療学会").contains("대한민국").contains("臺灣")
                    .contains("2025年7月20日、国際細胞外小胞学会（アメリカ・ニュージャージー");
        }
    }

    @Test
    void everyPageHasItsFooterAndFontsAreEmbeddedSubsets() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(8);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains("CGT Atlas — " + SnapshotReport.TITLE + " — page " + page + " of " + pages);
            }
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @Test
    void thePipelineRunsOverLandscapePagesEachWithTheHeaderRow() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int first = bookmarkPage(document, ReportSection.PIPELINE.title());
            int next = bookmarkPage(document, ReportSection.TIMELINE.title());
            assertThat(next - first).as("pipeline pages").isGreaterThanOrEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = first; page < next; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                var box = document.getPage(page - 1).getMediaBox();
                assertThat(box.getWidth()).isGreaterThan(box.getHeight());
                assertThat(stripper.getText(document)).contains("Organization").contains("Programme").contains("Stage / status");
            }
            stripper.setStartPage(first);
            stripper.setEndPage(next - 1);
            String pipeline = stripper.getText(document);
            for (var programme : bundled.programmes()) {
                assertThat(pipeline.replace("\n", " ")).contains(programme.name().split(" ")[0]);
            }
        }
    }

    private static int bookmarkPage(PDDocument document, String title) throws IOException {
        for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
            if (item.getTitle().equals(title)) {
                return document.getPages().indexOf(item.findDestinationPage(document)) + 1;
            }
        }
        throw new AssertionError("no bookmark " + title);
    }

    @Test
    void sectionInputsFromAScreenReplaceTheDerivedOnes() throws IOException {
        SnapshotRequest request = new SnapshotRequest(EnumSet.of(ReportSection.PIPELINE), ReportPageSize.A4, ReportFilter.NONE, false);
        ReportData data = ReportDataAssembler.assemble(services.landscape().current(), request, EXPORTED);
        SectionInputs derived = SectionInputs.from(data);
        SectionInputs screen = new SectionInputs(derived.comparison(), derived.pipeline().subList(0, 3), derived.timeline(),
                derived.crossBorder());
        try (PDDocument document = Loader.loadPDF(new SnapshotReport(data, request, screen).toBytes(Progress.NONE))) {
            assertThat(text(document)).contains("3 rows:").doesNotContain(derived.pipeline().size() + " rows:");
        }
    }

    @Test
    void aCountryFilterKeepsOnlyThatCountry() throws IOException {
        SnapshotRequest request = new SnapshotRequest(EnumSet.of(ReportSection.COUNTRY_COMPARISON, ReportSection.PIPELINE),
                ReportPageSize.LETTER, new ReportFilter("JP", Modality.IPSC_DERIVED), true);
        ReportData data = ReportDataAssembler.assemble(services.landscape().current(), request, EXPORTED);
        assertThat(data.regionCountries()).extracting(Country::code).containsExactly("JP");
        assertThat(data.programmes()).isNotEmpty().allMatch(programme -> programme.modality() == Modality.IPSC_DERIVED
                && "JP".equals(programme.countryCode()));
        try (PDDocument document = Loader.loadPDF(new SnapshotReport(data, request).toBytes(Progress.NONE))) {
            assertThat(text(document)).contains("Country: Japan; modality: iPSC-derived").doesNotContain("South Korea");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
    }
}
