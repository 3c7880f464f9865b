package org.cgtatlas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.testing.CliRun.run;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cgtatlas.app.HeadlessScreenCapture;
import org.cgtatlas.landscape.pipeline.PipelineColumn;
import org.cgtatlas.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class ExportCommandTest {

    @TempDir
    Path folder;

    @Test
    void pdfWithChosenSectionsCountryAndLetterPaper() throws IOException {
        Path pdf = folder.resolve("japan.pdf");
        CliRun result = run("export", "--data-dir", folder.resolve("data").toString(), "--format", "pdf", "--out", pdf.toString(),
                "--sections", "comparison,pipeline", "--country", "jp", "--page-size", "letter");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("Wrote " + pdf.toAbsolutePath()).contains("pages");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Country comparison").contains("Pipeline").contains("Country: Japan")
                    .doesNotContain("Timeline of collaborations").doesNotContain("South Korea");
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void anUnknownSectionOrCountryIsRefusedByName() {
        CliRun result = run("export", "--data-dir", folder.resolve("data").toString(), "--format", "pdf",
                "--out", folder.resolve("x.pdf").toString(), "--sections", "overview,charts");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown section 'charts'").contains("comparison");
        result = run("export", "--data-dir", folder.resolve("data").toString(), "--format", "pdf",
                "--out", folder.resolve("x.pdf").toString(), "--country", "XX");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown country 'XX'").contains("JP");
        assertThat(folder.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void anUnwritableDestinationFailsWithAClearMessageAndNoFile() throws IOException {
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        CliRun result = run("export", "--data-dir", folder.resolve("data").toString(), "--format", "pdf",
                "--out", file.resolve("snapshot.pdf").toString());

        assertThat(result.exit()).isEqualTo(CliErrorHandler.EXIT_FAILED);
        assertThat(result.err()).contains(file + " is a file, not a folder").contains("Nothing was written");
    }

    @Test
    void pngOfAScreenRenderedHeadlessAtTwiceTheScale() throws Exception {
        FxToolkit.registerPrimaryStage();
        Path png = folder.resolve("pipeline.png");
        CliRun result = run("export", "--data-dir", folder.resolve("data").toString(), "--format", "png", "--view", "pipeline",
                "--scale", "2", "--out", png.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan((int) HeadlessScreenCapture.WIDTH).isLessThanOrEqualTo((int) (2 * HeadlessScreenCapture.WIDTH));
        // The whole screen, rows scrolled out of the window included: at least the window's screen area at 2×.
        assertThat(image.getHeight()).isGreaterThan((int) HeadlessScreenCapture.HEIGHT);
        assertThat(result.out()).contains("pipeline screen");
    }

    @Test
    void pngNeedsAKnownView() {
        CliRun result = run("export", "--data-dir", folder.resolve("data").toString(), "--format", "png",
                "--view", "map", "--out", folder.resolve("x.png").toString());
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown view 'map'").contains("pipeline");
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
        CliRun result = run("export", "--data-dir", folder.resolve("data").toString(), "--format", "csv", "--view", "pipeline",
                "--country", "KR", "--out", file.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        List<List<String>> lines = readCsv(file);
        assertThat(lines.get(0)).isEqualTo(PipelineColumn.headers(List.of(PipelineColumn.values())));
        List<List<String>> rows = lines.subList(1, lines.size());
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.get(1)).isEqualTo("South Korea"));
        assertThat(rows).extracting(row -> row.get(2)).contains("Cartistem®");
        assertThat(rows).extracting(row -> row.get(0)).as("companies listed without a programme").contains("Kangstem Biotech");
        long companies = rows.stream().filter(row -> row.get(2).isEmpty()).count();
        assertThat(result.out()).contains("Wrote " + file.toAbsolutePath() + ": " + rows.size() + " pipeline row(s), "
                + (rows.size() - companies) + " programmes and " + companies + " listed companies without a named programme");
    }

    @Test
    void csvCountryAndModalityCombine() throws IOException {
        Path file = folder.resolve("kr-car-t.csv");
        CliRun result = run("export", "--data-dir", folder.resolve("data").toString(), "--format", "csv", "--view", "pipeline",
                "--country", "kr", "--modality", "CAR-T", "--out", file.toString());

        assertThat(result.exit()).as(result.err()).isZero();
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
        CliRun result = run("export", "--data-dir", data, "--format", "csv", "--view", "pipeline", "--modality", "teleportation",
                "--out", target);
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown modality 'teleportation'").contains("CAR-T");
        result = run("export", "--data-dir", data, "--format", "csv", "--view", "pipeline", "--country", "XX",
                "--out", target);
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown country 'XX'").contains("KR");
        result = run("export", "--data-dir", data, "--format", "csv", "--out", target);
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("--format csv needs --view pipeline or trials");
        assertThat(folder.resolve("x.csv")).doesNotExist();
    }
}
