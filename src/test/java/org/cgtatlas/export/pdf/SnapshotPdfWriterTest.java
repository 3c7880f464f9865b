package org.cgtatlas.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.cgtatlas.core.concurrent.CancelledException;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.export.ExportFailure;
import org.cgtatlas.testing.CancellingProgress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotPdfWriterTest {

    @TempDir
    Path folder;

    private static SnapshotReport report;

    @BeforeAll
    static void bundledReport() {
        report = new SnapshotReport(BundledDataset.reportData(ReportFilter.NONE), SnapshotRequest.everything(ReportPageSize.A4));
    }

    @Test
    void writesACompletePdf() throws IOException {
        Path target = folder.resolve("snapshot.pdf");
        int pages = SnapshotPdfWriter.write(report, target, Progress.NONE).pages();
        try (var document = Loader.loadPDF(target.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages);
        }
        assertThat(filesIn(folder)).containsExactly(target);
    }

    @Test
    void aParentThatIsAFileFailsClearlyAndWritesNothing() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "not a folder");
        Path target = file.resolve("snapshot.pdf");
        assertThatThrownBy(() -> SnapshotPdfWriter.write(report, target, Progress.NONE))
                .isInstanceOf(ExportFailure.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining(file + " is a file, not a folder");
        assertThat(filesIn(folder)).containsExactly(file);
    }

    @Test
    void aMissingFolderFailsClearlyAndWritesNothing() throws IOException {
        Path target = folder.resolve("no-such-folder").resolve("snapshot.pdf");
        assertThatThrownBy(() -> SnapshotPdfWriter.write(report, target, Progress.NONE))
                .isInstanceOf(ExportFailure.class)
                .hasMessageContaining("the folder " + folder.resolve("no-such-folder") + " does not exist");
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void aReadOnlyFolderFailsClearlyAndWritesNothing() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write into read-only folders");
        Path readOnly = Files.createDirectory(folder.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> SnapshotPdfWriter.write(report, readOnly.resolve("snapshot.pdf"), Progress.NONE))
                    .isInstanceOf(ExportFailure.class)
                    .hasMessageContaining("no permission to write in " + readOnly);
            assertThat(filesIn(readOnly)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void cancellingLeavesNoFileBehind() throws IOException {
        Path target = folder.resolve("snapshot.pdf");
        Progress cancelAfterThreePages = CancellingProgress.afterChecks(3);
        assertThatThrownBy(() -> SnapshotPdfWriter.write(report, target, cancelAfterThreePages))
                .isInstanceOf(CancelledException.class);
        assertThat(filesIn(folder)).isEmpty();
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
