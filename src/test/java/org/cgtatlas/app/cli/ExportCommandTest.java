package org.cgtatlas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cgtatlas.app.Launcher;
import org.cgtatlas.feature.pipeline.PipelineColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Launcher.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    private List<List<String>> read(Path file) throws Exception {
        String text = Files.readString(file);
        assertThat(text).startsWith("\uFEFF");
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text.substring(1))) {
            return reader.stream().map(CsvRecord::getFields).toList();
        }
    }

    @Test
    void thePipelineOfOneCountryIsExportedWithAllColumns() throws Exception {
        Path file = folder.resolve("kr.csv");
        int exit = run("export", "--data-dir", folder.resolve("data").toString(), "--format", "csv", "--view", "pipeline",
                "--country", "KR", "--out", file.toString());

        assertThat(exit).as(err.toString()).isZero();
        List<List<String>> lines = read(file);
        assertThat(lines.get(0)).isEqualTo(PipelineColumn.headers(List.of(PipelineColumn.values())));
        List<List<String>> rows = lines.subList(1, lines.size());
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.get(1)).isEqualTo("South Korea"));
        assertThat(rows).extracting(row -> row.get(2)).contains("Cartistem®");
        assertThat(rows).extracting(row -> row.get(0)).as("companies listed without a programme").contains("Kangstem Biotech");
        assertThat(out.toString()).contains("Wrote " + file.toAbsolutePath() + ": " + rows.size() + " pipeline row(s)");
    }

    @Test
    void countryAndModalityCombine() throws Exception {
        Path file = folder.resolve("kr-car-t.csv");
        int exit = run("export", "--data-dir", folder.resolve("data").toString(), "--format", "csv", "--view", "pipeline",
                "--country", "KR", "--modality", "CAR-T", "--out", file.toString());

        assertThat(exit).as(err.toString()).isZero();
        List<List<String>> rows = read(file).subList(1, read(file).size());
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get(1)).isEqualTo("South Korea");
            assertThat(row.get(3)).isEqualTo("CAR-T");
        });
    }

    @Test
    void anUnknownModalityOrAMissingViewIsAClearError() {
        int exit = run("export", "--data-dir", folder.resolve("data").toString(), "--format", "csv", "--view", "pipeline",
                "--modality", "teleportation", "--out", folder.resolve("x.csv").toString());
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("unknown modality 'teleportation'").contains("CAR-T");

        err.getBuffer().setLength(0);
        exit = run("export", "--data-dir", folder.resolve("data").toString(), "--format", "csv",
                "--out", folder.resolve("x.csv").toString());
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("--format csv needs --view");
        assertThat(folder.resolve("x.csv")).doesNotExist();
    }
}
