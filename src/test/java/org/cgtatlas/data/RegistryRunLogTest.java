package org.cgtatlas.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.cgtatlas.core.concurrent.CancelledException;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.RecordIds;
import org.cgtatlas.ingest.ImportFileException;
import org.cgtatlas.ingest.ImportFormat;
import org.cgtatlas.ingest.clinicaltrials.TrialImporter;
import org.cgtatlas.ingest.ictrp.IctrpImporter;
import org.cgtatlas.testing.CancellingProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registry runs in the change log, written by real imports: one row per run, one per trial it added or changed. */
class RegistryRunLogTest {

    private static final String HEADER = "NCT Number,Study Title,Study Status,Phases,Interventions,Locations\n";
    private static final String FIRST = HEADER
            + "NCT00000001,Same,RECRUITING,PHASE1,BIOLOGICAL: CD19 CAR-T,\"A, Tokyo, Japan\"\n"
            + "NCT00000002,Status moves,RECRUITING,PHASE1,BIOLOGICAL: CD19 CAR-T,\"A, Tokyo, Japan\"\n"
            + "NCT00000003,Sites move,RECRUITING,PHASE2,BIOLOGICAL: CD19 CAR-T,\"A, Tokyo, Japan\"\n"
            + "NCT00000004,Not CGT,COMPLETED,PHASE3,DRUG: aspirin,\"A, Seoul, Korea, Republic of\"\n"
            + "NCT00000006,Becomes CGT,RECRUITING,PHASE1,DRUG: aspirin,\"A, Seoul, Korea, Republic of\"\n";
    private static final String SECOND = HEADER
            + "NCT00000001,Same but retitled,RECRUITING,PHASE1,BIOLOGICAL: CD19 CAR-T,\"A, Tokyo, Japan\"\n"
            + "NCT00000002,Status moves,COMPLETED,PHASE1|PHASE2,BIOLOGICAL: CD19 CAR-T,\"A, Tokyo, Japan\"\n"
            + "NCT00000003,Sites move,RECRUITING,PHASE2,BIOLOGICAL: CD19 CAR-T,\"A, Tokyo, Japan|B, Beijing, China\"\n"
            + "NCT00000005,New,NOT_YET_RECRUITING,PHASE1,BIOLOGICAL: AAV gene therapy,\"A, Taipei, Taiwan\"\n"
            + "NCT00000006,Becomes CGT,RECRUITING,PHASE1,BIOLOGICAL: CD19 CAR-T,\"A, Seoul, Korea, Republic of\"\n";

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

    @Test
    void aFirstImportLogsOneRunWithEveryTrialAdded() throws IOException {
        long importId = importer.importFile(file("first.csv", FIRST), Progress.NONE).importId();

        assertThat(runs()).containsExactly("registry-run|" + importId + "|insert|registry-import|" + RecordIds.currentUser()
                + "|null|{\"source\":\"first.csv\",\"added\":5,\"removed\":0,\"changed\":0}");
        assertThat(trialRows()).containsExactly(
                "NCT00000001|added|null>RECRUITING|null>PHASE1|null>JP|null>CAR_T",
                "NCT00000002|added|null>RECRUITING|null>PHASE1|null>JP|null>CAR_T",
                "NCT00000003|added|null>RECRUITING|null>PHASE2|null>JP|null>CAR_T",
                "NCT00000004|added|null>COMPLETED|null>PHASE3|null>KR|null>null",
                "NCT00000006|added|null>RECRUITING|null>PHASE1|null>KR|null>null");
    }

    @Test
    void aReImportOfAChangedFileLogsExactlyTheTrialsAddedAndThoseWhoseLoggedFieldsChanged() throws IOException {
        importer.importFile(file("first.csv", FIRST), Progress.NONE);
        long first = lastSeq();

        long importId = importer.importFile(file("second.csv", SECOND), Progress.NONE).importId();

        assertThat(runs()).hasSize(2).last().isEqualTo("registry-run|" + importId + "|insert|registry-import|"
                + RecordIds.currentUser() + "|null|{\"source\":\"second.csv\",\"added\":1,\"removed\":0,\"changed\":3}");
        assertThat(trialRowsAfter(first)).as("a new title alone is not logged; NCT00000004, absent from the file, stays")
                .containsExactly(
                        "NCT00000002|changed|RECRUITING>COMPLETED|PHASE1>PHASE1|PHASE2|JP>JP|CAR_T>CAR_T",
                        "NCT00000003|changed|RECRUITING>RECRUITING|PHASE2>PHASE2|JP>CN|JP|CAR_T>CAR_T",
                        "NCT00000005|added|null>NOT_YET_RECRUITING|null>PHASE1|null>TW|null>AAV_GENE_THERAPY",
                        "NCT00000006|changed|RECRUITING>RECRUITING|PHASE1>PHASE1|KR>KR|null>CAR_T");
    }

    @Test
    void theSameFileAgainLogsTheRunAndNoTrial() throws IOException {
        importer.importFile(file("first.csv", FIRST), Progress.NONE);
        long first = lastSeq();

        importer.importFile(file("again.csv", FIRST), Progress.NONE);

        assertThat(runs()).hasSize(2).last().asString().endsWith("{\"source\":\"again.csv\",\"added\":0,\"removed\":0,\"changed\":0}");
        assertThat(trialRowsAfter(first)).isEmpty();
    }

    @Test
    void aCancelledImportLogsNothing() throws IOException {
        importer.importFile(file("first.csv", FIRST), Progress.NONE);
        List<String> before = runs();

        assertThatThrownBy(() -> importer.importFile(file("second.csv", SECOND), CancellingProgress.atOnce()))
                .isInstanceOf(CancelledException.class);

        assertThat(runs()).isEqualTo(before);
        assertThat(trialRowsAfter(lastSeq())).isEmpty();
        assertThat(trialRows()).hasSize(5);
    }

    @Test
    void aFailedImportLogsNothing() throws IOException {
        importer.importFile(file("first.csv", FIRST), Progress.NONE);
        List<String> before = runs();
        List<String> trialsBefore = trialRows();

        assertThatThrownBy(() -> importer.importFile(file("broken.csv", SECOND + "NCT00000006,\"Unterminated,X,Y,Z\n"),
                Progress.NONE)).isInstanceOf(ImportFileException.class);

        assertThat(runs()).isEqualTo(before);
        assertThat(trialRows()).isEqualTo(trialsBefore);
    }

    @Test
    void anIctrpImportIsLoggedWithItsOwnCauseUnderTheTrialsKeys() throws IOException {
        Path file = folder.resolve("ictrp-2024-layout.csv");
        try (InputStream in = getClass().getResourceAsStream("/org/cgtatlas/ingest/ictrp/ictrp-2024-layout.csv")) {
            Files.write(file, in.readAllBytes());
        }

        long importId = IctrpImporter.standard(database).importFile(file, ImportFormat.ICTRP_CSV, Progress.NONE).trials().importId();

        assertThat(runs()).singleElement().asString().startsWith("registry-run|" + importId + "|insert|ictrp-import|")
                .contains("\"source\":\"ictrp-2024-layout.csv\"");
        long trials = database.read(connection -> {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM ictrp_trial");
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
        assertThat(trialRows()).hasSize((int) trials).allSatisfy(row -> assertThat(row).contains("|added|null>"));
        assertThat(trialRows()).anySatisfy(row -> assertThat(row).isEqualTo("JRCT2053210001|added|null>RECRUITING|null>PHASE1|PHASE2|null>JP|null>CAR_T"));
    }

    private long lastSeq() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM change_log");
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private List<String> runs() {
        return database.read(connection -> {
            List<String> runs = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT record_kind, record_id, operation, cause, "
                    + "changed_by, fields_before, fields_after FROM change_log ORDER BY seq");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    runs.add(String.join("|", rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), String.valueOf(rows.getString(6)), rows.getString(7)));
                }
            }
            return runs;
        });
    }

    private List<String> trialRows() {
        return trialRowsAfter(0);
    }

    private List<String> trialRowsAfter(long seq) {
        return database.read(connection -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT trial_id, change, status_before, "
                    + "status_after, phases_before, phases_after, countries_before, countries_after, modality_before, "
                    + "modality_after FROM registry_run_trial WHERE change_seq > ? ORDER BY change_seq, trial_id")) {
                select.setLong(1, seq);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getString(3) + ">" + rows.getString(4)
                                + "|" + rows.getString(5) + ">" + rows.getString(6) + "|" + rows.getString(7) + ">"
                                + rows.getString(8) + "|" + rows.getString(9) + ">" + rows.getString(10));
                    }
                }
            }
            return found;
        });
    }
}
