package org.cgtatlas.export.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableWriterTest {

    @TempDir
    Path folder;

    @Test
    void startsWithAByteOrderMarkAndKeepsCjkText() throws IOException {
        Path file = folder.resolve("out.csv");
        CsvTableWriter.write(file, List.of("Company"), List.of(List.of("武田薬品工業"), List.of("지씨셀")));

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFCompany\r\n武田薬品工業\r\n지씨셀\r\n");
    }

    @Test
    void quotesCommasQuotesAndNewlinesAsRfc4180Says() throws IOException {
        Path file = folder.resolve("out.csv");
        CsvTableWriter.write(file, List.of("A", "B", "C", "D"),
                List.of(List.of("a, b", "say \"hi\"", "two\nlines", "plain")));

        assertThat(Files.readString(file)).isEqualTo("\uFEFFA,B,C,D\r\n\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\r\n");
    }

    @Test
    void cellsASpreadsheetWouldEvaluateArePrefixedWithAQuote() throws IOException {
        Path file = folder.resolve("out.csv");
        CsvTableWriter.write(file, List.of("=cmd"), List.of(
                List.of("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR", "CAR-T", "a=b", "")));

        String text = Files.readString(file);
        assertThat(text).startsWith("\uFEFF'=cmd\r\n");
        assertThat(text.lines().skip(1).findFirst().orElseThrow())
                .startsWith("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2+3,'@SUM(A1),'\tTab,");
        assertThat(text).contains("\"'\rCR\",CAR-T,a=b,\r\n");
    }

    @Test
    void aMissingFolderIsAClearErrorAndLeavesNothingBehind() throws IOException {
        assertThatThrownBy(() -> CsvTableWriter.write(folder.resolve("missing-folder/out.csv"), List.of("A"), List.of()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("missing-folder");
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
