package org.cgtatlas.ingest.clinicaltrials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cgtatlas.core.concurrent.CancelledException;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.ImportArchive;
import org.cgtatlas.data.ProductEntryRepository;
import org.cgtatlas.data.TableStatsRepository;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.ProductEntry;
import org.cgtatlas.domain.SkippedStudy;
import org.cgtatlas.domain.TrialClassification;
import org.cgtatlas.domain.TrialImportSummary;
import org.cgtatlas.ingest.ImportFileException;
import org.cgtatlas.testing.CancellingProgress;
import org.cgtatlas.testing.DatabaseSnapshot;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrialImporterTest {

    private static final String HEADER = "NCT Number,Study Title,Interventions,Locations\n";

    @TempDir
    Path folder;

    private Database database;
    private TrialImporter importer;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("data"));
        importer = TrialImporter.standard(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path resourceCopy(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return Files.write(folder.resolve(name), in.readAllBytes());
        }
    }

    private String snapshot() {
        return DatabaseSnapshot.of(database);
    }

    private String snapshot(boolean withoutImports) {
        return withoutImports ? DatabaseSnapshot.withoutImports(database) : DatabaseSnapshot.of(database);
    }

    @Test
    void theSummaryCountsReadAddedSkippedAndCountries() throws IOException {
        Path csv = file("ctg-studies.csv", HEADER
                + "NCT00000001,CAR-T in lymphoma,DRUG: Axicabtagene ciloleucel,\"A, Seoul, Korea, Republic of|B, Beijing, China\"\n"
                + ",No number,DRUG: X,\"C, Tokyo, Japan\"\n"
                + "NCT123,Bad number,DRUG: X,\"C, Tokyo, Japan\"\n"
                + "NCT00000002,MSC for knees,BIOLOGICAL: Mesenchymal stem cells,\"D, Taipei, Taiwan|E, Hong Kong, Hong Kong|F, Nowhere, Atlantis\"\n"
                + "NCT00000001,Duplicate,DRUG: X,\"C, Tokyo, Japan\"\n");

        TrialImportSummary summary = importer.importFile(csv, Progress.NONE);

        assertThat(summary.studiesRead()).isEqualTo(5);
        assertThat(summary.added()).isEqualTo(2);
        assertThat(summary.updated()).isZero();
        assertThat(summary.skipped()).isEqualTo(3);
        assertThat(summary.skippedByReason()).isEqualTo(Map.of(ImportRun.NO_NCT, 1L, ImportRun.INVALID_NCT, 1L, ImportRun.DUPLICATE, 1L));
        assertThat(summary.skippedExamples()).containsExactly(
                new SkippedStudy("line 3", ImportRun.NO_NCT),
                new SkippedStudy("line 4", "NCT123: " + ImportRun.INVALID_NCT),
                new SkippedStudy("line 6", "NCT00000001: " + ImportRun.DUPLICATE));
        assertThat(summary.countryCounts()).isEqualTo(Map.of("KR", 1L, "CN", 1L, "TW", 1L, "HK", 1L));
        assertThat(summary.unknownLocations()).isEqualTo(1);
        assertThat(summary.unknownLocationExamples()).containsExactly("NCT00000002: F, Nowhere, Atlantis");

        List<ClassifiedTrial> trials = new TrialRepository(database).findAll();
        assertThat(trials).extracting(trial -> trial.classification().modality()).containsExactly(Modality.CAR_T, Modality.MSC);
        assertThat(trials.get(0).classification().ruleId()).isEqualTo("product:yescarta");
        var source = new TrialRepository(database).source("NCT00000001").orElseThrow();
        assertThat(source.rawSource())
                .isEqualTo("NCT00000001,CAR-T in lymphoma,DRUG: Axicabtagene ciloleucel,\"A, Seoul, Korea, Republic of|B, Beijing, China\"");
        assertThat(source.fileName()).isEqualTo("ctg-studies.csv");
        assertThat(source.importedAt()).isEqualTo(summary.importedAt());
        assertThat(ImportSummaryText.text(summary, List.of("CN", "JP", "KR", "TW"))).contains("Studies read: 5, added: 2, updated: 0, skipped: 3")
                .contains("KR South Korea").contains("line 3: no NCT number")
                .contains("Region: China 1, Japan 0, South Korea 1, Taiwan 1");
    }

    @Test
    void reImportingUpdatesInsteadOfDuplicating() throws IOException {
        Path modern = resourceCopy("modern-excerpt.csv");
        TrialImportSummary first = importer.importFile(modern, Progress.NONE);
        String afterFirst = snapshot(true);

        TrialImportSummary second = importer.importFile(modern, Progress.NONE);

        assertThat(second.added()).isZero();
        assertThat(second.updated()).isEqualTo(first.added()).isEqualTo(5);
        assertThat(second.countryCounts()).isEqualTo(first.countryCounts());
        assertThat(snapshot(true)).isEqualTo(afterFirst);
        assertThat(new TableStatsRepository(database).rowCounts()).containsEntry("TRIAL_IMPORT", 2L);
        List<Long> importIds = database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT DISTINCT first_import_id, last_import_id FROM trial");
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return List.of(rows.getLong(1), rows.getLong(2));
            }
        });
        assertThat(importIds).containsExactly(first.importId(), second.importId());
    }

    @Test
    void aStudyInTwoImportsIsOneTrialWithTheNewerData() throws IOException {
        importer.importFile(file("a.csv", HEADER + "NCT00000001,Old title,DRUG: X,\"A, Beijing, China\"\n"), Progress.NONE);
        importer.importFile(file("b.csv", HEADER + "NCT00000001,New title,OTHER: CD19 CAR-T,\"A, Tokyo, Japan\"\n"), Progress.NONE);

        List<ClassifiedTrial> trials = new TrialRepository(database).findAll();
        assertThat(trials).hasSize(1);
        assertThat(trials.get(0).trial().title()).isEqualTo("New title");
        assertThat(trials.get(0).trial().countryCodes()).containsExactly("JP");
        assertThat(trials.get(0).classification().modality()).isEqualTo(Modality.CAR_T);
    }

    /** The files in the data folder's imports/ folder, temporary ones included. */
    private List<String> keptCopies() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("data").resolve(ImportArchive.FOLDER))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void eachImportKeepsACopyOfItsFileFromWhichTheRawRecordsAreRead() throws IOException {
        String multiLine = "NCT00000001,\"CAR-T\r\nin lymphoma\",DRUG: Axicabtagene ciloleucel,\"A, Seoul, Korea, Republic of\"";
        Path csv = file("ctg-studies.csv", HEADER + multiLine + "\r\nNCT00000002,Second,DRUG: X,\"B, Tokyo, Japan\"\n");
        Path json = resourceCopy("api-v2-excerpt.json");

        TrialImportSummary csvImport = importer.importFile(csv, Progress.NONE);
        importer.importFile(json, Progress.NONE);

        assertThat(keptCopies()).containsExactly("import-" + csvImport.importId() + "-ctg-studies.csv",
                "import-" + (csvImport.importId() + 1) + "-api-v2-excerpt.json");
        assertThat(folder.resolve("data").resolve(ImportArchive.FOLDER).resolve(keptCopies().get(0))).hasSameBinaryContentAs(csv);
        TrialRepository trials = new TrialRepository(database);
        assertThat(trials.source("NCT00000001").orElseThrow().rawSource()).isEqualTo(multiLine);
        assertThat(trials.source("NCT00000002").orElseThrow().rawSource()).isEqualTo("NCT00000002,Second,DRUG: X,\"B, Tokyo, Japan\"");
        String jsonRecord = trials.source("NCT05277701").orElseThrow().rawSource();
        assertThat(jsonRecord).startsWith("{").endsWith("}").contains("\"NCT05277701\"").doesNotContain("NCT01998425");
        assertThat(new ObjectMapper().readTree(jsonRecord).at("/protocolSection/identificationModule/nctId").asText())
                .isEqualTo("NCT05277701");
    }

    private void assertRejectedLeavingTheDatabaseAsItWas(Path bad, String message) throws IOException {
        importer.importFile(resourceCopy("modern-excerpt.csv"), Progress.NONE);
        String before = snapshot();
        List<String> copiesBefore = keptCopies();

        assertThatThrownBy(() -> importer.importFile(bad, Progress.NONE))
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining(message);

        assertThat(snapshot()).isEqualTo(before);
        assertThat(keptCopies()).isEqualTo(copiesBefore).hasSize(1);
    }

    @Test
    void aFileThatIsNotAnExportIsRejected() throws IOException {
        assertRejectedLeavingTheDatabaseAsItWas(file("people.csv", "name,age\nBob,3\n"),
                "people.csv, line 1: this is neither a ClinicalTrials.gov nor a WHO ICTRP export: the first line has no \"NCT Number\" or \"TrialID\" column");
    }

    @Test
    void aJsonFileThatIsNotAnExportIsRejected() throws IOException {
        assertRejectedLeavingTheDatabaseAsItWas(file("other.json", "{\"format\": \"something\", \"items\": []}"),
                "other.json: this JSON is not a ClinicalTrials.gov export");
    }

    @Test
    void aCutOffCsvIsRejectedAfterItsGoodRowsWereRead() throws IOException {
        String whole = new String(Files.readAllBytes(resourceCopy("modern-excerpt.csv")), StandardCharsets.UTF_8);
        int cut = whole.lastIndexOf(",\"") + 10;
        assertRejectedLeavingTheDatabaseAsItWas(file("cut.csv", whole.substring(0, cut)),
                "cut.csv, line 16: a quoted field is not closed before the end of the file");
    }

    @Test
    void aCutOffJsonIsRejected() throws IOException {
        String whole = new String(Files.readAllBytes(resourceCopy("api-v2-excerpt.json")), StandardCharsets.UTF_8);
        assertRejectedLeavingTheDatabaseAsItWas(file("cut.json", whole.substring(0, whole.length() * 3 / 4)),
                "malformed JSON: the file ends too early; it looks cut off");
    }

    @Test
    void aMalformedQuotedFieldIsRejected() throws IOException {
        assertRejectedLeavingTheDatabaseAsItWas(file("quote.csv", HEADER + "NCT00000001,\"Open quote,DRUG: X,Beijing\n"
                        + "NCT00000002,Fine,DRUG: X,\"A, Beijing, China\"\n"),
                "quote.csv, line 3: malformed quoted field");
    }

    @Test
    void aRaggedRowIsRejected() throws IOException {
        assertRejectedLeavingTheDatabaseAsItWas(file("ragged.csv", HEADER + "NCT00000001,Fine,DRUG: X,\"A, Beijing, China\"\n"
                        + "NCT00000002,Too short\n"),
                "ragged.csv, line 3: the row has 2 fields but the header has 4");
    }

    @Test
    void invalidUtf8IsRejected() throws IOException {
        byte[] good = (HEADER + "NCT00000001,Fine,DRUG: X,\"A, Beijing, China\"\nNCT00000002,Caf").getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(good, good.length + 4);
        bad[good.length] = (byte) 0xE9;
        System.arraycopy(",,\n".getBytes(StandardCharsets.US_ASCII), 0, bad, good.length + 1, 3);
        Path file = Files.write(folder.resolve("latin1.csv"), bad);
        assertRejectedLeavingTheDatabaseAsItWas(file, "latin1.csv, line 3: invalid UTF-8 bytes");
    }

    @Test
    void cancellingLeavesTheDatabaseAsItWas() throws IOException {
        importer.importFile(resourceCopy("modern-excerpt.csv"), Progress.NONE);
        String before = snapshot();
        assertThatThrownBy(() -> importer.importFile(Samples.of("ctgov-modern-1000.csv"), CancellingProgress.atOnce()))
                .isInstanceOf(CancelledException.class);

        assertThat(snapshot()).isEqualTo(before);
        assertThat(keptCopies()).hasSize(1);
    }

    @Test
    void aProductAnAnalystAddedClassifiesTheTrialsOfTheNextImport() throws IOException {
        Path csv = file("added.csv", HEADER + "NCT00000011,A knee study,BIOLOGICAL: Zetastem-K,\"A, Seoul, Korea, Republic of\"\n");
        importer.importFile(csv, Progress.NONE);
        assertThat(new TrialRepository(database).findAll().get(0).classification().isCgt()).isFalse();

        new ProductEntryRepository(database).save(new ProductEntry("zetastem", "Zetastem", List.of("Zetastem", "ZS-01"),
                Modality.MSC, "A developer", "KR", "press release"));
        importer.importFile(csv, Progress.NONE);

        assertThat(new TrialRepository(database).findAll().get(0).classification())
                .extracting(TrialClassification::modality, TrialClassification::ruleId)
                .containsExactly(Modality.MSC, "product:zetastem");
    }
}
