package org.cgtatlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.RegistryTrialCounts;
import org.cgtatlas.domain.TrialCountryCounts;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trial registered in two registers is one trial, whichever file brought each record and in whichever order: an
 * ICTRP record whose TrialID is an NCT number is the ClinicalTrials.gov trial, records naming each other through
 * secondary ids are one trial. Counts never double, and the list and the counts agree.
 */
class OneTrialOneCountTest {

    private static final String ICTRP = "/org/cgtatlas/ingest/ictrp/ictrp-2024-layout.xml";
    private static final String CTGOV = "/org/cgtatlas/ingest/ictrp/ctgov-linked.csv";

    @TempDir
    Path folder;

    private Database database;
    private FileImporter importer;
    private TrialRepository trials;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("data"));
        importer = StandardFileImporter.on(database);
        trials = new TrialRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Path copy(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Path file = folder.resolve(Path.of(resource).getFileName().toString());
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
    }

    @Test
    void theClinicalTrialsGovRecordAndTheIctrpRecordsNamingItAreOneTrialWithTheNctNumberFirst() throws IOException {
        importer.importFile(copy(ICTRP), Progress.NONE);
        importer.importFile(copy(CTGOV), Progress.NONE);

        List<ClassifiedTrial> all = trials.findAll();
        assertThat(all).extracting(trial -> trial.trial().nctId()).containsExactly(
                "NCT05000001", "NCT09999999", "JPRN-UMIN000040002", "EUCTR2020-001234-56-DE", "KCT0009001");
        ClassifiedTrial joined = all.get(0);
        assertThat(joined.registration().registry()).isEqualTo("ClinicalTrials.gov");
        assertThat(joined.registration().registries()).containsExactly("ClinicalTrials.gov", "JPRN", "ChiCTR");
        assertThat(joined.registration().alsoRegisteredAs())
                .containsExactly("JPRN-jRCT2053210001 (JPRN)", "ChiCTR2300070001 (ChiCTR)");
        assertThat(joined.trial().countryCodes()).containsExactlyInAnyOrder("JP", "KR", "CN");
        assertThat(counts(trials.countsByCountry())).isEqualTo(Map.of("CN", 2L, "JP", 2L, "KR", 2L, "TW", 1L, "DE", 1L));
        assertThat(counts(trials.countsByCountry())).isEqualTo(countedFromTheList(all));
    }

    @Test
    void theOrderOfTheImportsDoesNotChangeTheCounts() throws IOException {
        importer.importFile(copy(CTGOV), Progress.NONE);
        importer.importFile(copy(ICTRP), Progress.NONE);

        assertThat(counts(trials.countsByCountry())).isEqualTo(Map.of("CN", 2L, "JP", 2L, "KR", 2L, "TW", 1L, "DE", 1L));
        assertThat(trials.count()).isEqualTo(5);
    }

    @Test
    void clinicalTrialsGovTrialsAlsoInTheIctrpSampleAreNotCountedTwice() throws IOException {
        importer.importFile(Samples.of("ictrp-csv-2020-927.csv"), Progress.NONE);
        Map<String, Long> before = counts(trials.countsByCountry());

        ImportOutcome ctgov = importer.importFile(copy("/org/cgtatlas/ingest/ictrp/ctgov-in-ictrp-2020.csv"), Progress.NONE);

        assertThat(ctgov.trials().added()).isEqualTo(3);
        assertThat(trials.count()).isEqualTo(927);
        Map<String, Long> after = counts(trials.countsByCountry());
        assertThat(after.get("CN")).isEqualTo(before.get("CN"));
        assertThat(after.get("HK")).as("NCT04255940's Hong Kong site, unknown to ICTRP").isEqualTo(before.get("HK") + 1);
        assertThat(after).isEqualTo(countedFromTheList(trials.findAll()));
    }

    private static Map<String, Long> counts(RegistryTrialCounts counts) {
        Map<String, Long> byCountry = new TreeMap<>();
        for (TrialCountryCounts country : counts.countries()) {
            byCountry.put(country.countryCode(), country.allTrials());
        }
        return byCountry;
    }

    private static Map<String, Long> countedFromTheList(List<ClassifiedTrial> trials) {
        Map<String, Long> byCountry = new TreeMap<>();
        trials.forEach(trial -> trial.trial().countryCodes().forEach(code -> byCountry.merge(code, 1L, Long::sum)));
        return byCountry;
    }
}
