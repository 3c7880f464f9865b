package org.cgtatlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cgtatlas.core.concurrent.CancelledException;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.AutomaticBackup;
import org.cgtatlas.core.db.BackupTier;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.core.db.DatabaseBackups;
import org.cgtatlas.ingest.dataset.DatasetFormatException;
import org.cgtatlas.testing.CancellingProgress;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports take a backup only when they change the data, and a burst of them never pushes out what matters. */
class FileImporterBackupsTest {

    private static final String V1 = "/org/cgtatlas/ingest/dataset/bundle-v1.json";

    @TempDir
    Path folder;

    private final SteppingClock clock = new SteppingClock(Instant.parse("2025-10-01T09:00:00Z"));
    private Database database;
    private DatabaseBackups backups;
    private FileImporter importer;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("data"));
        backups = new DatabaseBackups(database, 10, clock);
        importer = StandardFileImporter.on(database, backups, List.of("JP", "TW"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void twelveRejectedImportsInARowLeaveTheDailyBackupAndNoOtherBackup() throws Exception {
        Path daily = backups.backupIfDue().orElseThrow();
        Path rejected = dataset(root -> ((ObjectNode) root.get("events").get(0)).put("date", "9999-12-31"));

        for (int i = 0; i < 12; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertThatThrownBy(() -> importer.importFile(rejected, Progress.NONE)).isInstanceOf(DatasetFormatException.class);
        }

        assertThat(backups.list()).extracting(AutomaticBackup::file).containsExactly(daily);
    }

    @Test
    void aCancelledImportLeavesNoBackup() throws Exception {
        Path daily = backups.backupIfDue().orElseThrow();
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> importer.importFile(Samples.of("ctgov-modern-1000.csv"), CancellingProgress.atOnce()))
                .isInstanceOf(CancelledException.class);
        assertThat(backups.list()).extracting(AutomaticBackup::file).containsExactly(daily);
    }

    @Test
    void theFirstImportKeepsTheStateBeforeItAndAReimportThatChangesNothingTakesNoBackup() throws Exception {
        Path file = dataset(root -> { });
        ImportOutcome first = importer.importFile(file, Progress.NONE);
        assertThat(first.changedData()).isTrue();
        assertThat(backups.list()).singleElement()
                .satisfies(backup -> assertThat(backup.tiers()).containsExactly(BackupTier.BEFORE_FIRST_IMPORT));

        clock.advance(Duration.ofMinutes(1));
        ImportOutcome again = importer.importFile(file, Progress.NONE);

        assertThat(again.changedData()).isFalse();
        assertThat(backups.list()).hasSize(1);
    }

    @Test
    void aBurstOfTwentyWritingImportsKeepsTheDailyWeeklyMonthlyAndFirstImportBackups() throws Exception {
        importer.importFile(dataset(root -> { }), Progress.NONE);
        for (int day = 0; day < 60; day++) {
            clock.advance(Duration.ofDays(1));
            backups.backupIfDue();
        }
        Set<Path> keptBefore = files(backups.list());
        assertThat(tiersOf(backups.list())).contains(BackupTier.DAILY, BackupTier.WEEKLY, BackupTier.MONTHLY,
                BackupTier.BEFORE_FIRST_IMPORT);

        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMinutes(1));
            String description = "burst " + i;
            ImportOutcome outcome = importer.importFile(
                    dataset(root -> ((ObjectNode) root.get("events").get(0)).put("description", description)), Progress.NONE);
            assertThat(outcome.changedData()).isTrue();
        }

        List<AutomaticBackup> after = backups.list();
        assertThat(files(after)).containsAll(keptBefore);
        assertThat(after).filteredOn(backup -> backup.tiers().contains(BackupTier.BEFORE_CHANGE)).hasSize(10);
        assertThat(after).filteredOn(backup -> backup.tiers().contains(BackupTier.DAILY)).hasSize(7);
        assertThat(after).filteredOn(backup -> backup.tiers().contains(BackupTier.WEEKLY)).hasSize(4);
        assertThat(after).filteredOn(backup -> backup.tiers().contains(BackupTier.MONTHLY)).as("October and November").hasSize(2);
        assertThat(after).filteredOn(backup -> backup.tiers().contains(BackupTier.BEFORE_FIRST_IMPORT)).hasSize(1);
        assertThat(after).allMatch(AutomaticBackup::kept);
        assertThat(Files.list(folder.resolve("data").resolve(DatabaseBackups.FOLDER)).count()).isEqualTo(after.size());
    }

    private static Set<Path> files(List<AutomaticBackup> backups) {
        return backups.stream().map(AutomaticBackup::file).collect(Collectors.toSet());
    }

    private static Set<BackupTier> tiersOf(List<AutomaticBackup> backups) {
        return backups.stream().flatMap(backup -> backup.tiers().stream()).collect(Collectors.toSet());
    }

    private Path dataset(java.util.function.Consumer<JsonNode> change) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream(V1)) {
            root = json.readTree(in);
        }
        change.accept(root);
        Path file = Files.createTempFile(folder, "dataset", ".json");
        Files.writeString(file, json.writeValueAsString(root));
        return file;
    }

    /** A clock the test moves on. */
    private static final class SteppingClock extends Clock {
        private Instant now;

        SteppingClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
