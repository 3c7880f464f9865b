package org.cgtatlas.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportArchiveTest {

    @TempDir
    Path dataFolder;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dataFolder.resolve(ImportArchive.FOLDER))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private String kept(String fileName, String content) throws IOException {
        ImportArchive archive = new ImportArchive(dataFolder);
        try (ImportArchive.Copy copy = archive.begin(7, fileName)) {
            copy.output().write(content.getBytes(StandardCharsets.UTF_8));
            return copy.keep();
        }
    }

    @Test
    void aKeptCopyHasTheImportInItsNameAndNothingElseIsLeft() throws IOException {
        String name = kept("ctg studies (2).csv", "NCT Number\n");

        assertThat(name).isEqualTo("import-7-ctg_studies__2_.csv");
        assertThat(names()).containsExactly(name);
        assertThat(dataFolder.resolve(ImportArchive.FOLDER).resolve(name)).hasContent("NCT Number");
    }

    @Test
    void aCopyThatIsNotKeptLeavesNoFile() throws IOException {
        ImportArchive archive = new ImportArchive(dataFolder);
        try (ImportArchive.Copy copy = archive.begin(3, "a.csv")) {
            copy.output().write(1);
        }

        assertThat(names()).isEmpty();
    }

    @Test
    void aTemporaryFileLeftByAKilledImportIsRemovedByTheNextImport() throws IOException {
        Files.createDirectories(dataFolder.resolve(ImportArchive.FOLDER));
        Files.writeString(dataFolder.resolve(ImportArchive.FOLDER).resolve(".import-2-a.csv.part"), "half");

        String name = kept("b.csv", "whole");

        assertThat(names()).containsExactly(name);
    }

    @Test
    void aDiscardedCopyIsGone() throws IOException {
        ImportArchive archive = new ImportArchive(dataFolder);
        ImportArchive.Copy copy = archive.begin(4, "a.csv");
        copy.keep();

        copy.discard();

        assertThat(names()).isEmpty();
    }

    @Test
    void linesAreCountedFromOneWithCrLfAndCrAndLfEachEndingALine() throws IOException {
        String name = kept("a.csv", "header\r\nsecond\rthird, with\r\nfourth\nfifth\n");
        ImportArchive archive = new ImportArchive(dataFolder);

        assertThat(archive.lines(name, 1, 1)).isEqualTo("header");
        assertThat(archive.lines(name, 2, 2)).isEqualTo("second");
        assertThat(archive.lines(name, 3, 4)).isEqualTo("third, with\r\nfourth");
        assertThat(archive.lines(name, 5, 5)).isEqualTo("fifth");
        assertThat(archive.lines(name, 6, 6)).isEmpty();
    }

    @Test
    void charactersAreCountedAfterDecodingUtf8() throws IOException {
        String json = "[{\"a\":\"細胞\"},{\"b\":\"遺伝子\"}]";
        String second = "{\"b\":\"遺伝子\"}";
        int start = json.indexOf(second);

        assertThat(new ImportArchive(dataFolder).chars(kept("a.json", json), start, start + second.length())).isEqualTo(second);
    }

    @Test
    void usageCountsTheKeptCopiesOnly() throws IOException {
        ImportArchive archive = new ImportArchive(dataFolder);
        assertThat(archive.usage()).isEqualTo(new ImportArchive.Usage(0, 0));

        kept("a.csv", "12345");
        try (ImportArchive.Copy unfinished = archive.begin(8, "b.csv")) {
            unfinished.output().write(new byte[100]);
            unfinished.output().flush();
            assertThat(archive.usage()).isEqualTo(new ImportArchive.Usage(1, 5));
        }
    }

    @Test
    void aRecordFarIntoTheCopyIsFoundToo() throws IOException {
        String record = "{\"nctId\":\"NCT00000099\"}";
        String json = "[" + "{\"a\":\"細胞\"},".repeat(3000) + record + "]";
        int start = json.indexOf(record);

        assertThat(new ImportArchive(dataFolder).chars(kept("big.json", json), start, start + record.length())).isEqualTo(record);
    }

    @Test
    void aMissingCopyIsAnError() {
        assertThatThrownBy(() -> new ImportArchive(dataFolder).lines("import-9-gone.csv", 1, 1))
                .isInstanceOf(NoSuchFileException.class);
    }
}
