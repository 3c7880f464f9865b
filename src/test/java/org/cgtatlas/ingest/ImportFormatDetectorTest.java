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
            "ctgov-api-v2-100.json,               CTGOV_JSON"})
    void tellsTheSampleExportsApartByContent(String file, ImportFormat format) {
        assertThat(detector.detect(Samples.of(file))).isEqualTo(format);
    }

    @Test
    void looksAtTheContentNotTheName() {
        assertThat(detector.detect("studies.txt", "\uFEFFNCT Number,Conditions\r\nNCT00000001,X\r\n"))
                .isEqualTo(ImportFormat.CTGOV_CSV_MODERN);
        assertThat(detector.detect("export.csv", "Rank,NCT Number,Title\n")).isEqualTo(ImportFormat.CTGOV_CSV_LEGACY);
        assertThat(detector.detect("a.csv", "  {\"studies\": [], \"nextPageToken\": null}")).isEqualTo(ImportFormat.CTGOV_JSON);
    }

    @Test
    void somethingElseIsNamedAsNotAnExport() {
        assertThatThrownBy(() -> detector.detect("notes.csv", "Title,Year\nX,2020\n"))
                .hasMessage("notes.csv, line 1: this is not a ClinicalTrials.gov export: the first line has no \"NCT Number\" column");
        assertThatThrownBy(() -> detector.detect("empty.csv", ""))
                .hasMessage("empty.csv: the file is empty");
        assertThatThrownBy(() -> detector.detect(Path.of("no-such-file.csv")))
                .hasMessageStartingWith("no-such-file.csv: no such file");
    }
}
