package org.cgtatlas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cgtatlas.app.HeadlessScreenCapture;
import org.cgtatlas.app.Launcher;
import org.cgtatlas.feature.pipeline.PipelineColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
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

    @Test
    void pdfWithChosenSectionsCountryAndLetterPaper() throws IOException {
        Path pdf = folder.resolve("japan.pdf");
        int exit = run("export", "--data-dir", folder.resolve("data").toString(), "--format", "pdf", "--out", pdf.toString(),
                "--sections", "comparison,pipeline", "--country", "jp", "--page-size", "letter");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Wrote " + pdf.toAbsolutePath()).contains("pages");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Country comparison").contains("Pipeline").contains("Country: Japan")
                    .doesNotContain("Timeline of collaborations").doesNotContain("South Korea");
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void anUnknownSectionOrCountryIsRefusedByName() {
        assertThat(run("export", "--data-dir", folder.resolve("data").toString(), "--format", "pdf",
                "--out", folder.resolve("x.pdf").toString(), "--sections", "overview,charts")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown section 'charts'").contains("comparison");
        assertThat(run("export", "--data-dir", folder.resolve("data").toString(), "--format", "pdf",
                "--out", folder.resolve("x.pdf").toString(), "--country", "XX")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown country 'XX'").contains("JP");
        assertThat(folder.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void anUnwritableDestinationFailsWithAClearMessageAndNoFile() throws IOException {
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        int exit = run("export", "--data-dir", folder.resolve("data").toString(), "--format", "pdf",
                "--out", file.resolve("snapshot.pdf").toString());

        assertThat(exit).isEqualTo(CliErrorHandler.EXIT_FAILED);
        assertThat(err.toString()).contains(file + " is a file, not a folder").contains("Nothing was written");
    }

    @Test
    void pngOfAScreenRenderedHeadlessAtTwiceTheScale() throws Exception {
        FxToolkit.registerPrimaryStage();
        Path png = folder.resolve("pipeline.png");
        int exit = run("export", "--data-dir", folder.resolve("data").toString(), "--format", "png", "--view", "pipeline",
                "--scale", "2", "--out", png.toString());

        assertThat(exit).as(err.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan((int) HeadlessScreenCapture.WIDTH).isLessThanOrEqualTo((int) (2 * HeadlessScreenCapture.WIDTH));
        assertThat(image.getHeight()).isGreaterThan((int) HeadlessScreenCapture.HEIGHT).isLessThanOrEqualTo((int) (2 * HeadlessScreenCapture.HEIGHT));
        assertThat(out.toString()).contains("pipeline screen");
    }

    @Test
    void pngNeedsAKnownView() {
        assertThat(run("export", "--data-dir", folder.resolve("data").toString(), "--format", "png",
                "--view", "map", "--out", folder.resolve("x.png").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown view 'map'").contains("pipeline");
    }

    private List<List<String>> readCsv(Path file) throws IOException {
        String text = Files.readString(file);
        assertThat(text).startsWith("\uFEFF");
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text.substring(1))) {
            return reader.stream().map(CsvRecord::getFields).toList();
        }
    }

    @Test
    void csvOfThePipelineOfOneCountryWithAllColumns() throws IOException {
        Path file = folder.resolve("kr.csv");
        int exit = run("export", "--data-dir", folder.resolve("data").toString(), "--format", "csv", "--view", "pipeline",
                "--country", "KR", "--out", file.toString());

        assertThat(exit).as(err.toString()).isZero();
        List<List<String>> lines = readCsv(file);
        assertThat(lines.get(0)).isEqualTo(PipelineColumn.headers(List.of(PipelineColumn.values())));
        List<List<String>> rows = lines.subList(1, lines.size());
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.get(1)).isEqualTo("South Korea"));
        assertThat(rows).extracting(row -> row.get(2)).contains("Cartistem®");
        assertThat(rows).extracting(row -> row.get(0)).as("companies listed without a programme").contains("Kangstem Biotech");
        assertThat(out.toString()).contains("Wrote " + file.toAbsolutePath() + ": " + rows.size() + " pipeline row(s)");
    }

    @Test
    void csvCountryAndModalityCombine() throws IOException {
        Path file = folder.resolve("kr-car-t.csv");
        int exit = run("export", "--data-dir", folder.resolve("data").toString(), "--format", "csv", "--view", "pipeline",
                "--country", "kr", "--modality", "CAR-T", "--out", file.toString());

        assertThat(exit).as(err.toString()).isZero();
        List<List<String>> lines = readCsv(file);
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get(1)).isEqualTo("South Korea");
            assertThat(row.get(3)).isEqualTo("CAR-T");
        });
    }

    @Test
    void csvNeedsThePipelineViewAndKnownFilters() {
        String data = folder.resolve("data").toString();
        String target = folder.resolve("x.csv").toString();
        assertThat(run("export", "--data-dir", data, "--format", "csv", "--view", "pipeline", "--modality", "teleportation",
                "--out", target)).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown modality 'teleportation'").contains("CAR-T");
        assertThat(run("export", "--data-dir", data, "--format", "csv", "--view", "pipeline", "--country", "XX",
                "--out", target)).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown country 'XX'").contains("KR");
        assertThat(run("export", "--data-dir", data, "--format", "csv", "--out", target)).isEqualTo(2);
        assertThat(err.toString()).contains("--format csv needs --view pipeline");
        assertThat(folder.resolve("x.csv")).doesNotExist();
    }
}
