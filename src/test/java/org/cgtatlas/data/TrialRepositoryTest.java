package org.cgtatlas.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.Confidence;
import org.cgtatlas.domain.Intervention;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.SourceSpan;
import org.cgtatlas.domain.RegistryTrialCounts;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.domain.TrialClassification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrialRepositoryTest {

    private static final Instant IMPORTED = Instant.parse("2026-01-02T03:04:05Z");

    private static final String ARCHIVE = "import-1-test.csv";

    @TempDir
    Path folder;

    private Database database;
    private TrialRepository repository;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        repository = new TrialRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Trial trial(String nctId, Set<String> countries) {
        return new Trial(nctId, "Title " + nctId, "RECRUITING", List.of("PHASE1", "PHASE2"), List.of("Lymphoma"),
                List.of(new Intervention("BIOLOGICAL", "CD19 CAR-T")), "Sponsor", "OTHER", PartialDate.ofMonth(2021, 3),
                null, 40, countries);
    }

    private void store(Trial trial, Modality modality) {
        database.inTransaction(connection -> {
            try (TrialImportWriter writer = TrialImportWriter.start(connection, "test.csv", "CTGOV_CSV_MODERN", IMPORTED,
                    new RegistryRunLog.Run(RegistryRunLog.Cause.REGISTRY_IMPORT, "test.csv"))) {
                TrialClassification classification = modality == null ? TrialClassification.notCgt()
                        : new TrialClassification(modality, "rule", "interventions", "car-t", "because", Confidence.HIGH);
                writer.write(trial, classification, new SourceSpan(2, 2));
                writer.finish(1, 1, 0, 0, ARCHIVE);
            }
            return null;
        });
    }

    @Test
    void countsTrialsPerCountryWithTheirModalitiesAndTheLatestImport() {
        store(trial("NCT00000001", Set.of("CN", "US")), Modality.CAR_T);
        store(trial("NCT00000002", Set.of("CN")), Modality.MSC);
        store(trial("NCT00000003", Set.of("CN", "HK")), null);

        RegistryTrialCounts counts = repository.countsByCountry();

        assertThat(counts.latestImport()).isEqualTo(IMPORTED);
        assertThat(counts.countries()).extracting(country -> country.countryCode()).containsExactly("CN", "HK", "US");
        var china = counts.country("CN").orElseThrow();
        assertThat(china.allTrials()).isEqualTo(3);
        assertThat(china.cgtTrials()).isEqualTo(2);
        assertThat(china.count(Modality.CAR_T)).isEqualTo(1);
        assertThat(china.count(Modality.MSC)).isEqualTo(1);
        assertThat(counts.country("HK").orElseThrow().cgtTrials()).isZero();
        assertThat(repository.countsByModality()).containsExactly(entry(Modality.CAR_T, 1L), entry(Modality.MSC, 1L));
    }

    @Test
    void readsBackWhatWasStoredWithItsRawRecordFromTheKeptCopy() throws IOException {
        Files.createDirectories(folder.resolve(ImportArchive.FOLDER));
        Files.writeString(folder.resolve(ImportArchive.FOLDER).resolve(ARCHIVE), "NCT Number\r\nraw NCT00000001\r\nnext\r\n");
        Trial stored = trial("NCT00000001", Set.of("KR", "TW"));
        store(stored, Modality.CAR_T);

        var trials = repository.findAll();

        assertThat(trials).hasSize(1);
        assertThat(trials.get(0).trial()).isEqualTo(stored);
        assertThat(trials.get(0).classification().ruleId()).isEqualTo("rule");
        assertThat(repository.source("NCT00000001").orElseThrow())
                .isEqualTo(new org.cgtatlas.domain.TrialSource("test.csv", "CTGOV_CSV_MODERN", IMPORTED, "raw NCT00000001"));
    }

    @Test
    void aMissingCopySaysSoInsteadOfTheRawRecord() {
        store(trial("NCT00000001", Set.of("KR")), Modality.CAR_T);

        assertThat(repository.source("NCT00000001").orElseThrow().rawSource())
                .startsWith("The raw record cannot be shown").contains(ARCHIVE).contains("imported fields are not affected");
    }

    @Test
    void anEmptyDatabaseHasNoCountsAndNoImport() {
        assertThat(repository.countsByCountry().countries()).isEmpty();
        assertThat(repository.countsByCountry().latestImportTime()).isEmpty();
    }
}
