package org.cgtatlas.export.pdf.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.RegistryFile;
import org.cgtatlas.domain.RegistryTrialBreakdown;
import org.cgtatlas.domain.RegistryTrialCounts;
import org.cgtatlas.domain.TrialGroup;
import org.cgtatlas.export.pdf.BundledDataset;
import org.cgtatlas.export.pdf.ReportData;
import org.cgtatlas.export.pdf.ReportDataAssembler;
import org.cgtatlas.export.pdf.ReportFilter;
import org.cgtatlas.export.pdf.ReportPageSize;
import org.cgtatlas.export.pdf.ReportSection;
import org.cgtatlas.export.pdf.SnapshotReport;
import org.cgtatlas.export.pdf.SnapshotRequest;
import org.cgtatlas.landscape.Landscape;
import org.junit.jupiter.api.Test;

/** The trials section on paper: region first, full names, the counting rule and the files the counts come from. */
class TrialsRendererTest {

    private static final List<TrialGroup> GROUPS = List.of(
            new TrialGroup(Set.of("CN"), Modality.CAR_T, List.of("PHASE1"), 40),
            new TrialGroup(Set.of("JP", "KR"), Modality.IPSC_DERIVED, List.of("PHASE1", "PHASE2"), 6),
            new TrialGroup(Set.of("HK"), Modality.CAR_T, List.of("PHASE2"), 3),
            new TrialGroup(Set.of("US", "FR"), Modality.AAV_GENE_THERAPY, List.of("PHASE3"), 25),
            new TrialGroup(Set.of("GB", "IL"), Modality.CAR_T, List.of("PHASE1"), 4));
    private static final RegistryFile FILE = new RegistryFile("ctg-studies.csv", "CTGOV_CSV_MODERN",
            Instant.parse("2026-11-20T10:00:00Z"), Instant.parse("2026-11-18T08:00:00Z"), 1000);

    @Test
    void theRegionComesFirstWithFullNamesTheCountingRuleAndTheFilesCounted() throws IOException {
        String text = trialsSection(ReportFilter.NONE);

        assertThat(text).contains(TrialsRenderer.COUNTING_RULE.substring(0, 40)).contains("ctg-studies.csv")
                .contains("2026-11-20 10:00").contains("2026-11-18").contains("ClinicalTrials.gov");
        assertThat(text).containsPattern("China\\s+Japan\\s+South Korea\\s+Taiwan\\s+Region\\s+Hong Kong\\s+Rest of world");
        assertThat(text.replace("\n", " ")).contains("United Kingdom (4)").contains("Israel (4)").contains("United States (25)");
        assertThat(text).doesNotContainPattern("\\b(US|GB|IL|FR|HK)\\b");
        assertThat(text.indexOf("CAR-T")).as("most trials in the region first")
                .isLessThan(text.indexOf("iPSC-derived")).isLessThan(text.indexOf("AAV gene therapy"));
        assertThat(text.indexOf("Phase 1\n")).isLessThan(text.indexOf("Phase 1/2")).isLessThan(text.indexOf("Phase 3"));
    }

    @Test
    void aCountryFilterKeepsThatCountrysColumnOnly() throws IOException {
        String text = trialsSection(new ReportFilter("JP", null));

        assertThat(text).contains("Modality Japan\n", "Phase Japan\n", "Japan 6.").doesNotContain("China");
    }

    @Test
    void nothingImportedSaysSo() throws IOException {
        Landscape landscape = Landscape.of(BundledDataset.load());
        assertThat(render(ReportDataAssembler.assemble(landscape, ReportFilter.NONE, BundledDataset.EXPORTED)))
                .contains(TrialsRenderer.NONE_IMPORTED);
    }

    private static String trialsSection(ReportFilter filter) throws IOException {
        Landscape landscape = Landscape.of(BundledDataset.load(), List.of(), new RegistryTrialCounts(List.of(), FILE.importedAt()),
                new RegistryTrialBreakdown(GROUPS, List.of(FILE)));
        return render(ReportDataAssembler.assemble(landscape, filter, BundledDataset.EXPORTED));
    }

    /** The trials section, after the cover. */
    private static String render(ReportData data) throws IOException {
        SnapshotRequest request = new SnapshotRequest(EnumSet.of(ReportSection.TRIALS), ReportPageSize.A4, data.filter(), true);
        byte[] pdf = new SnapshotReport(data, request).toBytes(Progress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            return stripper.getText(document).replace("\r", "");
        }
    }
}
