package org.cgtatlas.ingest.ictrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.IctrpImportSummary;
import org.cgtatlas.domain.RegistryTrialCounts;
import org.cgtatlas.domain.TrialCountryCounts;
import org.cgtatlas.ingest.ImportFormat;
import org.cgtatlas.ingest.ImportFormatDetector;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real WHO ICTRP exports give exactly the per-country counts of the samples' README: each row of its ICTRP table is
 * read from the README itself and computed from its file, in the import's summary and in the stored counts.
 */
class IctrpSampleExportsTest {

    private static final List<String> COLUMNS = List.of("CN", "JP", "KR", "TW", "HK");

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

    static Stream<Arguments> readmeRows() throws IOException {
        String readme;
        try (InputStream in = Samples.class.getResourceAsStream("/org/cgtatlas/testing/samples/README.md")) {
            readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String table = readme.substring(readme.indexOf("| file | China | Japan | South Korea | Taiwan | Hong Kong |"));
        List<Arguments> rows = new ArrayList<>();
        for (String line : table.split("\n")) {
            if (!line.startsWith("| `ictrp-")) {
                if (!rows.isEmpty()) {
                    break;
                }
                continue;
            }
            String[] cells = line.split("\\|");
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                counts.put(COLUMNS.get(i), Long.parseLong(cells[i + 2].strip()));
            }
            rows.add(Arguments.of(cells[1].strip().replace("`", ""), counts));
        }
        assertThat(rows).as("the README's ICTRP rows").hasSize(2);
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readmeRows")
    void eachSampleCountsItsTrialsPerCountryAsTheReadmeSays(String file, Map<String, Long> expected) {
        Path sample = Samples.of(file);
        ImportFormat format = new ImportFormatDetector().detect(sample);
        IctrpImportSummary summary = IctrpImporter.standard(database).importFile(sample, format, Progress.NONE);
        RegistryTrialCounts stored = new TrialRepository(database).countsByCountry();

        expected.forEach((country, count) -> {
            assertThat(summary.trials().countFor(country)).as("%s in the summary", country).isEqualTo(count);
            assertThat(stored.country(country).map(TrialCountryCounts::allTrials).orElse(0L))
                    .as("%s stored", country).isEqualTo(count);
        });
        assertThat(summary.trials().skipped()).isZero();
        assertThat(stored.ictrp()).hasValueSatisfying(ictrp -> assertThat(ictrp.exportedAt()).isEqualTo(summary.exportedAt()));
    }

    @ParameterizedTest
    @CsvSource({
            "ictrp-xml-2020-578.xml, 578, 2020-03-18T18:53:35Z, 22",
            "ictrp-csv-2020-927.csv, 927, 2020-04-07T10:40:56Z, 29"})
    void everyRecordIsStoredOnceWithItsExportDateAndChinaInferredForBlankChiCtrCountries(
            String file, long trials, String exportedAt, long inferredChina) {
        Path sample = Samples.of(file);
        IctrpImportSummary summary = IctrpImporter.standard(database)
                .importFile(sample, new ImportFormatDetector().detect(sample), Progress.NONE);

        assertThat(summary.trials().added()).isEqualTo(trials);
        assertThat(summary.exportedAt()).hasToString(exportedAt);
        assertThat(summary.inferredByCountry()).containsEntry("CN", inferredChina);
        assertThat(new TrialRepository(database).countsByCountry().country("CN").orElseThrow().inferredTrials())
                .isEqualTo(inferredChina);
        List<ClassifiedTrial> all = new TrialRepository(database).findAll();
        assertThat(all).hasSize((int) trials);
        assertThat(all).allSatisfy(trial -> assertThat(trial.registration().fromIctrp()).isTrue());
    }
}
