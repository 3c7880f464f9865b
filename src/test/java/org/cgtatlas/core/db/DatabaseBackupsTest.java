package org.cgtatlas.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cgtatlas.testing.MetadataRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseBackupsTest {

    @TempDir
    Path folder;

    @Test
    void aRestoredBackupBringsBackExactlyWhatWasThere() throws Exception {
        Path backup = folder.resolve("backup.zip");
        try (Database database = Database.open(folder.resolve("data"))) {
            MetadataRows.insert(database, "before", "1");
            new DatabaseBackups(database, 10, Clock.systemDefaultZone()).backupTo(backup);
            MetadataRows.insert(database, "after", "2");

            database.restoreFrom(backup);

            assertThat(MetadataRows.read(database, "before")).isEqualTo("1");
            assertThat(MetadataRows.read(database, "after")).isNull();
        }
        try (var kept = Files.list(folder.resolve("data"))) {
            assertThat(kept.map(path -> path.getFileName().toString())).anyMatch(name -> name.contains("before-restore"));
        }
    }

    @Test
    void beforeChangeBackupsKeepOnlyTheNewestAndDoNotStandInForTheDailyOne() throws Exception {
        try (Database database = Database.open(folder)) {
            DatabaseBackups backups = new DatabaseBackups(database, 3, Clock.systemDefaultZone());
            List<Path> made = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                made.add(backups.backup("before-test"));
            }
            assertThat(backups.list()).extracting(AutomaticBackup::file).containsExactly(made.get(4), made.get(3), made.get(2));
            Path daily = backups.backupIfDue().orElseThrow();
            assertThat(backups.backupIfDue()).isEmpty();
            assertThat(backups.list()).filteredOn(backup -> backup.file().equals(daily)).singleElement()
                    .satisfies(backup -> assertThat(backup.tiers()).contains(BackupTier.DAILY, BackupTier.WEEKLY, BackupTier.MONTHLY));
        }
    }

    @Test
    void aBackupTakenWhileTransactionsRunIsConsistent() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Path> backups = new ArrayList<>();
        try (Database database = Database.open(folder.resolve("busy"))) {
            Thread writer = new Thread(() -> {
                for (int i = 0; running.get(); i++) {
                    int pair = i;
                    // Two rows per transaction: a consistent copy always holds an even number.
                    database.inTransaction(connection -> {
                        insert(connection, "a" + pair);
                        insert(connection, "b" + pair);
                        return null;
                    });
                }
            });
            writer.start();
            DatabaseBackups taker = new DatabaseBackups(database, 10, Clock.systemDefaultZone());
            for (int i = 0; i < 5; i++) {
                Path backup = folder.resolve("busy-" + i + ".zip");
                taker.backupTo(backup);
                backups.add(backup);
            }
            running.set(false);
            writer.join();
        }
        for (Path backup : backups) {
            Path restored = folder.resolve("restored-" + backup.getFileName());
            Files.createDirectories(restored);
            Database.installBackup(restored, backup);
            try (Database copy = Database.open(restored)) {
                long rows = copy.read(connection -> {
                    try (PreparedStatement count = connection.prepareStatement(
                            "SELECT COUNT(*) FROM app_metadata WHERE meta_key LIKE 'a%' OR meta_key LIKE 'b%'");
                         ResultSet result = count.executeQuery()) {
                        result.next();
                        return result.getLong(1);
                    }
                });
                assertThat(rows % 2).as("rows in %s", backup).isZero();
            }
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndTheDatabaseIsUnchanged() throws Exception {
        Path notABackup = Files.writeString(folder.resolve("notes.zip"), "not a zip");
        try (Database database = Database.open(folder.resolve("data"))) {
            MetadataRows.insert(database, "keep", "me");
            assertThatThrownBy(() -> database.restoreFrom(notABackup))
                    .isInstanceOf(DatabaseException.class).hasMessageContaining("not a CGT Atlas backup");
            assertThat(MetadataRows.read(database, "keep")).isEqualTo("me");
        }
    }

    @Test
    void aBackupToAMissingFolderFailsClearlyAndLeavesNoFile() {
        Path target = folder.resolve("no-such-folder").resolve("backup.zip");
        try (Database database = Database.open(folder.resolve("data"))) {
            assertThatThrownBy(() -> new DatabaseBackups(database, 10, Clock.systemDefaultZone()).backupTo(target))
                    .isInstanceOf(DatabaseException.class).hasMessageContaining("does not exist");
        }
        assertThat(target).doesNotExist();
    }

    private static void insert(java.sql.Connection connection, String key) throws java.sql.SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO app_metadata (meta_key, meta_value) VALUES (?, 'x')")) {
            statement.setString(1, key);
            statement.executeUpdate();
        }
    }
}
