package org.cgtatlas.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.DamagedDatabaseException;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.core.db.DatabaseBackups;
import org.cgtatlas.core.db.DatabaseException;
import org.cgtatlas.core.files.AtomicFileWriter;
import org.cgtatlas.data.ImportArchive;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.ingest.ImportFileException;
import org.cgtatlas.ingest.clinicaltrials.TrialImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.cgtatlas.testing.MetadataRows;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder on a full disk: a tiny tmpfs is filled up, then an edit, a backup, a registry import, an export and
 * reopening the database are tried. Each fails
 * with a message, leaves no partial file, and once space is free again the database opens with every earlier commit.
 * Needs the right to mount a tmpfs (root in a privileged sandbox); elsewhere it is skipped.
 */
class FullDiskTest {

    @TempDir
    Path folder;

    private Path disk;

    @BeforeEach
    void mountTinyDisk() throws Exception {
        disk = Files.createDirectories(folder.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk.toString()) == 0,
                "cannot mount a size-limited tmpfs here");
    }

    @AfterEach
    void unmount() throws Exception {
        run("umount", disk.toString());
    }

    @Test
    void aFullDiskFailsCleanlyAndLosesNothingCommitted() throws Exception {
        Path data = disk.resolve("data");
        try (Database database = Database.open(data)) {
            MetadataRows.insert(database, "before-full", "kept");
        }
        Path filler = disk.resolve("filler");
        fill(filler);

        try (Database database = Database.open(data)) {
            assertThatThrownBy(() -> TrialImporter.standard(database)
                    .importFile(Samples.of("ctgov-modern-1000.csv"), Progress.NONE))
                    .satisfiesAnyOf(
                            error -> assertThat(error).isInstanceOf(ImportFileException.class)
                                    .hasMessageContaining("ctgov-modern-1000.csv: cannot keep a copy of it in the data folder"),
                            error -> assertThat(error).isInstanceOf(DatabaseException.class))
                    .hasMessageContaining("space");
            assertThatThrownBy(() -> {
                for (int i = 0; i < 200; i++) {
                    MetadataRows.insert(database, "large-" + i, "x".repeat(900));
                }
            }).isInstanceOf(DatabaseException.class);
            assertThatThrownBy(() -> MetadataRows.insert(database, "after-full", "x"))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("was closed after a write to it failed (the disk is full)")
                    .hasMessageContaining("What was saved before is safe");
            Path backup = disk.resolve("backup.zip");
            assertThatThrownBy(() -> new DatabaseBackups(database, 3, Clock.systemDefaultZone()).backupTo(backup))
                    .isInstanceOf(DatabaseException.class).hasMessageContaining("Cannot write the backup");
            assertThat(backup).doesNotExist();
        }
        assertThatThrownBy(() -> Database.open(data).close())
                .isInstanceOf(DatabaseException.class).isNotInstanceOf(DamagedDatabaseException.class)
                .hasMessageContaining("the disk is full").hasMessageContaining("the database file is left as it is");
        assertThat(data.resolve(Database.DATABASE_FILE)).exists();
        Path export = disk.resolve("export.pdf");
        assertThatThrownBy(() -> AtomicFileWriter.write(export, out -> out.write(new byte[1 << 20])))
                .isInstanceOf(IOException.class);
        assertThat(export).doesNotExist();
        try (var leftovers = Files.walk(disk)) {
            assertThat(leftovers.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }

        Files.delete(filler);
        try (Database reopened = Database.open(data)) {
            assertThat(MetadataRows.read(reopened, "before-full")).isEqualTo("kept");
            assertThat(new TrialRepository(reopened).count()).isZero();
        }
        assertThat(new ImportArchive(data).usage().files()).isZero();
    }

    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException diskFull) {
            assertThat(diskFull.getMessage()).containsIgnoringCase("space");
        }
    }

    private static int run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException noSuchCommand) {
            return -1;
        }
    }
}
