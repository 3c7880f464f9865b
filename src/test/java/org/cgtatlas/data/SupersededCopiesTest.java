package org.cgtatlas.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.core.db.DatabaseBackups;
import org.cgtatlas.domain.TrialImportSummary;
import org.cgtatlas.ingest.clinicaltrials.TrialImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kept copy goes once its trials were all imported again and no kept backup is older than that. */
class SupersededCopiesTest {

    private static final String EXPORT = "NCT Number,Study Title,Locations\n"
            + "NCT00000001,First,\"A, Seoul, Korea, Republic of\"\nNCT00000002,Second,\"B, Tokyo, Japan\"\n";

    @TempDir
    Path folder;

    private Database database;
    private TrialImporter importer;
    private Path export;

    @BeforeEach
    void open() throws IOException {
        database = Database.open(folder.resolve("data"));
        importer = TrialImporter.standard(database);
        export = Files.writeString(folder.resolve("ctg-studies.csv"), EXPORT);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<String> keptCopies() throws IOException {
        try (Stream<Path> files = Files.list(new ImportArchive(database.dataFolder()).folder())) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static String copyOf(TrialImportSummary summary) {
        return "import-" + summary.importId() + "-ctg-studies.csv";
    }

    @Test
    void withNoBackupTheCopyOfAnImportWhoseTrialsWereAllImportedAgainGoesAtOnce() throws IOException {
        importer.importFile(export, Progress.NONE);

        TrialImportSummary again = importer.importFile(export, Progress.NONE);

        assertThat(keptCopies()).containsExactly(copyOf(again));
        assertThat(new TrialRepository(database).source("NCT00000002").orElseThrow().rawSource())
                .isEqualTo("NCT00000002,Second,\"B, Tokyo, Japan\"");
    }

    @Test
    void aCopyStillInUseStays() throws IOException {
        TrialImportSummary first = importer.importFile(export, Progress.NONE);
        Path other = Files.writeString(folder.resolve("other.csv"), "NCT Number,Study Title\nNCT00000001,Only one\n");

        TrialImportSummary second = importer.importFile(other, Progress.NONE);

        assertThat(keptCopies()).containsExactly(copyOf(first), "import-" + second.importId() + "-other.csv");
    }

    @Test
    void aBackupTakenBeforeTheReImportKeepsTheCopyUntilTheBackupIsGone() throws IOException {
        TrialImportSummary first = importer.importFile(export, Progress.NONE);
        Path backup = new DatabaseBackups(database, 10, Clock.systemDefaultZone()).backup("before-import");
        Files.setLastModifiedTime(backup, FileTime.from(Instant.now().minusSeconds(60)));
        TrialImportSummary again = importer.importFile(export, Progress.NONE);
        assertThat(keptCopies()).containsExactly(copyOf(first), copyOf(again));

        Files.delete(backup);
        List<String> removed = new SupersededCopies(database).remove(DatabaseBackups.oldestTakenAt(database.dataFolder()));

        assertThat(removed).containsExactly(copyOf(first));
        assertThat(keptCopies()).containsExactly(copyOf(again));
        assertThat(new SupersededCopies(database).remove(Optional.empty())).isEmpty();
    }
}
