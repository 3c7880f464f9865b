package org.cgtatlas.ingest.clinicaltrials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.TrialImportSummary;
import org.cgtatlas.ingest.ImportFormat;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real exports in ../shared/samples give exactly the per-country counts of their README. */
class SampleExportsTest {


    @TempDir
    Path folder;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(folder);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @ParameterizedTest
    @CsvSource({
            "ctgov-modern-1000.csv,               CTGOV_CSV_MODERN, 1000, 133, 4,  12, 18",
            "ctgov-legacy-searchresults-1000.csv, CTGOV_CSV_LEGACY, 1000, 126, 32, 73, 15",
            "ctgov-api-v2-100.json,               CTGOV_JSON,       100,  52,  1,  4,  1"})
    void eachSampleCountsItsStudiesPerCountryAsTheReadmeSays(String file, ImportFormat format, long studies,
                                                            long china, long japan, long korea, long taiwan) {
        TrialImportSummary summary = TrialImporter.standard(database).importFile(Samples.of(file), Progress.NONE);

        assertThat(summary.format()).isEqualTo(format.name());
        assertThat(summary.studiesRead()).isEqualTo(studies);
        assertThat(summary.added()).isEqualTo(studies);
        assertThat(summary.countFor("CN")).isEqualTo(china);
        assertThat(summary.countFor("JP")).isEqualTo(japan);
        assertThat(summary.countFor("KR")).isEqualTo(korea);
        assertThat(summary.countFor("TW")).isEqualTo(taiwan);

        var stored = new TrialRepository(database).countsByCountry();
        assertThat(stored.country("CN").orElseThrow().allTrials()).isEqualTo(china);
        assertThat(stored.country("KR").orElseThrow().allTrials()).isEqualTo(korea);
        assertThat(stored.latestImport()).isEqualTo(summary.importedAt());
    }

    /** Every trial's raw record, read back from the kept copy, is its own whole record and nothing more. */
    @ParameterizedTest
    @CsvSource({"ctgov-modern-1000.csv", "ctgov-legacy-searchresults-1000.csv", "ctgov-api-v2-100.json"})
    void everyTrialsRawRecordIsItsWholeRecordInTheFile(String file) throws IOException {
        TrialImporter.standard(database).importFile(Samples.of(file), Progress.NONE);
        TrialRepository trials = new TrialRepository(database);
        String header = file.endsWith(".csv") ? Files.readAllLines(Samples.of(file)).get(0) + "\n" : "";

        for (ClassifiedTrial trial : trials.findAll()) {
            String nctId = trial.trial().nctId();
            String raw = trials.source(nctId).orElseThrow().rawSource();
            List<StudyRecord> reread = new ArrayList<>();
            if (file.endsWith(".csv")) {
                new CtgovCsvReader(file, new StringReader(header + raw), CountryMatcher.standard()).read(reread::add);
            } else {
                new CtgovJsonReader(file, new ByteArrayInputStream(("[" + raw + "]").getBytes(StandardCharsets.UTF_8)),
                        CountryMatcher.standard()).read(reread::add);
            }
            assertThat(reread).as(nctId).singleElement().satisfies(study -> assertThat(study.trial()).isEqualTo(trial.trial()));
        }
    }
}
