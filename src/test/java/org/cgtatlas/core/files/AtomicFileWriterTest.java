package org.cgtatlas.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports (PDF, PNG, CSV, dataset JSON) all go through this writer: what it writes is the user's usual file. */
class AtomicFileWriterTest {

    @TempDir
    Path folder;

    @BeforeEach
    void posixOnly() {
        assumeThat(folder.getFileSystem().supportedFileAttributeViews()).contains("posix");
    }

    @Test
    void aNewFileGetsThePermissionsOfAnyNewFileOfTheUserNotOwnerOnly() throws Exception {
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(folder.resolve("made-normally")));
        assumeThat(usual).as("a umask that lets others read").isNotEqualTo(PosixFilePermissions.fromString("rw-------"));

        Path exported = folder.resolve("export.csv");
        AtomicFileWriter.write(exported, out -> out.write("a,b\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.getPosixFilePermissions(exported)).isEqualTo(usual);
        assertThat(Files.readString(exported)).isEqualTo("a,b\n");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("made-normally", "export.csv");
        }
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path exported = Files.writeString(folder.resolve("report.pdf"), "old");
        Files.setPosixFilePermissions(exported, PosixFilePermissions.fromString("rw-r-----"));

        AtomicFileWriter.write(exported, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(exported)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(exported))).isEqualTo("rw-r-----");
    }
}
