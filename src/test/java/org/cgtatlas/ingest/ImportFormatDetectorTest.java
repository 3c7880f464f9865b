package org.cgtatlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportFormatDetectorTest {

    private final ImportFormatDetector detector = new ImportFormatDetector();

    @ParameterizedTest
    @CsvSource({
            "ctgov-modern-1000.csv,               CTGOV_CSV_MODERN",
            "ctgov-legacy-searchresults-1000.csv, CTGOV_CSV_LEGACY",
            "ctgov-api-v2-100.json,               CTGOV_JSON",
            "ictrp-xml-2020-578.xml,              ICTRP_XML",
            "ictrp-csv-2020-927.csv,              ICTRP_CSV"})
    void tellsTheSampleExportsApartByContent(String file, ImportFormat format) {
        assertThat(detector.detect(Samples.of(file))).isEqualTo(format);
    }

    @Test
    void looksAtTheContentNotTheName() {
        assertThat(detector.detect("studies.txt", "\uFEFFNCT Number,Conditions\r\nNCT00000001,X\r\n"))
                .isEqualTo(ImportFormat.CTGOV_CSV_MODERN);
        assertThat(detector.detect("export.csv", "Rank,NCT Number,Title\n")).isEqualTo(ImportFormat.CTGOV_CSV_LEGACY);
        assertThat(detector.detect("a.csv", "  {\"studies\": [], \"nextPageToken\": null}")).isEqualTo(ImportFormat.CTGOV_JSON);
        assertThat(detector.detect("ictrp.csv", "<?xml version='1.0'?>\n<Trials_downloaded_from_ICTRP>\n  <Trial>"))
                .isEqualTo(ImportFormat.ICTRP_XML);
        assertThat(detector.detect("ictrp.xml", "\uFEFFTrialID,Source Register,Countries\r\n")).isEqualTo(ImportFormat.ICTRP_CSV);
        assertThat(detector.detect("export.txt", "\"TrialID\",\"Public title\"\n")).isEqualTo(ImportFormat.ICTRP_CSV);
    }

    @Test
    void otherXmlIsNamedAsNotAnIctrpExport() {
        assertThatThrownBy(() -> detector.detect("feed.xml", "<?xml version=\"1.0\"?><rss><channel/></rss>"))
                .hasMessage("feed.xml: this XML is not a WHO ICTRP export (no <Trials_downloaded_from_ICTRP> or <TrialID> "
                        + "element near its start)");
    }

    @Test
    void somethingElseIsNamedAsNotAnExport() {
        assertThatThrownBy(() -> detector.detect("notes.csv", "Title,Year\nX,2020\n"))
                .hasMessage("notes.csv, line 1: this is neither a ClinicalTrials.gov nor a WHO ICTRP export: the first line has no \"NCT Number\" or \"TrialID\" column");
        assertThatThrownBy(() -> detector.detect("empty.csv", ""))
                .hasMessage("empty.csv: the file is empty");
        assertThatThrownBy(() -> detector.detect(Path.of("no-such-file.csv")))
                .hasMessageStartingWith("no-such-file.csv: no such file");
    }
}
