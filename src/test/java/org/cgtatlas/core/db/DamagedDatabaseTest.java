package org.cgtatlas.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.cgtatlas.testing.MetadataRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database file that cannot be read is moved aside (never deleted), and a backup brings the data back. */
class DamagedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void aTruncatedFileIsKeptAsideAndTheNewestBackupOffered() throws Exception {
        assertRecoverable(bytes -> java.util.Arrays.copyOf(bytes, bytes.length / 3));
    }

    @Test
    void aBitFlippedFileIsKeptAsideAndTheNewestBackupOffered() throws Exception {
        assertRecoverable(bytes -> {
            byte[] flipped = bytes.clone();
            for (int i = 0; i < flipped.length; i += 97) {
                flipped[i] ^= 0x5A;
            }
            return flipped;
        });
    }

    @Test
    void aFileOverwrittenWithGarbageIsKeptAside() throws Exception {
        assertRecoverable(bytes -> {
            byte[] garbage = new byte[bytes.length];
            new java.util.Random(7).nextBytes(garbage);
            return garbage;
        });
    }

    private void assertRecoverable(UnaryOperator<byte[]> damage) throws Exception {
        Path data = folder.resolve("data");
        Path backup;
        try (Database database = Database.open(data)) {
            MetadataRows.insert(database, "analyst", "note");
            backup = new DatabaseBackups(database, 10, Clock.systemDefaultZone()).backup("test");
        }
        Path file = data.resolve(Database.DATABASE_FILE);
        byte[] damaged = damage.apply(Files.readAllBytes(file));
        Files.write(file, damaged);

        DamagedDatabaseException error = catchThrowableOfType(() -> Database.open(data), DamagedDatabaseException.class);

        assertThat(error).hasMessageContaining("is damaged").hasMessageContaining("kept as");
        assertThat(error.keptAs()).exists();
        assertThat(Files.readAllBytes(error.keptAs())).isEqualTo(damaged);
        assertThat(error.newestBackup()).contains(backup);
        Database.installBackup(data, error.newestBackup().orElseThrow());
        try (Database recovered = Database.open(data)) {
            assertThat(MetadataRows.read(recovered, "analyst")).isEqualTo("note");
        }
    }
}
