package org.cgtatlas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.testing.CliRun.run;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cgtatlas.domain.RegistrySource;
import org.cgtatlas.landscape.trials.TrialRow;
import org.cgtatlas.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cgt-atlas export --format csv --view trials}: one row per trial, selected like the Trials screen. */
class TrialsCsvExportTest {

    @TempDir
    Path folder;

    private String data;

    @BeforeEach
    void importTwoRegistries() throws IOException {
        data = folder.resolve("data").toString();
        for (String file : List.of("ctgov-linked.csv", "ictrp-2024-layout.xml")) {
            Path copy = folder.resolve(file);
            try (InputStream in = getClass().getResourceAsStream("/org/cgtatlas/ingest/ictrp/" + file)) {
                Files.copy(in, copy);
            }
            assertThat(run("--data-dir", data, "import", copy.toString()).exit()).isZero();
        }
    }

    private List<List<String>> export(String... filters) throws IOException {
        Path out = folder.resolve("trials.csv");
        List<String> args = new java.util.ArrayList<>(List.of("--data-dir", data, "export", "--format", "csv", "--view", "trials",
                "--out", out.toString()));
        args.addAll(List.of(filters));
        CliRun result = run(args.toArray(String[]::new));
        assertThat(result.exit()).as(result.err()).isZero();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).as("UTF-8 byte order mark").isEqualTo("\u00EF\u00BB\u00BF");
        try (CsvReader<CsvRecord> csv = CsvReader.builder().extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE).ofCsvRecord(new String(bytes, StandardCharsets.UTF_8).substring(1))) {
            return csv.stream().map(CsvRecord::getFields).toList();
        }
    }

    private static List<List<String>> table(List<List<String>> lines) {
        int header = lines.indexOf(TrialRow.HEADER);
        assertThat(header).as("the header row").isPositive();
        return lines.subList(header + 1, lines.size());
    }

    @Test
    void everyTrialIsOneRowUnderItsPrimaryIdWithTheProvenanceAbove() throws IOException {
        List<List<String>> lines = export();

        assertThat(lines.get(0).get(0)).startsWith("CGT Atlas trials list: 5 trial(s)");
        assertThat(lines).anySatisfy(line -> assertThat(line.get(0)).startsWith("Sources: ClinicalTrials.gov imported ")
                .contains("WHO ICTRP (JPRN, CRiS, ChiCTR, EU Clinical Trials Register) exported 2024-11-02"));
        assertThat(lines).anySatisfy(line -> assertThat(line.get(0)).isEqualTo("Filters: none"));
        assertThat(lines).anySatisfy(line -> assertThat(line.get(0)).startsWith("Classification rules: cgt-classification-rules.csv sha256:"));
        assertThat(lines).anySatisfy(line -> assertThat(line.get(0)).isEqualTo(RegistrySource.ICTRP_TERMS));
        List<List<String>> rows = table(lines);
        assertThat(rows).extracting(row -> row.get(0)).containsExactly(
                "NCT05000001", "NCT09999999", "JPRN-UMIN000040002", "EUCTR2020-001234-56-DE", "KCT0009001");
        List<String> joined = rows.get(0);
        assertThat(joined.subList(1, 8)).containsExactly("JPRN-jRCT2053210001 (JPRN); ChiCTR2300070001 (ChiCTR)",
                "ClinicalTrials.gov", "CD19 CAR-T cells in relapsed B-cell lymphoma", "CAR-T", "car-t", "cd19 car", "CN JP KR");
        assertThat(rows.get(2).get(7)).isEqualTo("JP (inferred)");
    }

    @Test
    void selectsByRegistryCountryAndModalityAsTheTrialsScreenDoes() throws IOException {
        assertThat(table(export("--registry", "jprn"))).extracting(row -> row.get(0))
                .containsExactly("NCT05000001", "JPRN-UMIN000040002");
        assertThat(table(export("--country", "KR"))).extracting(row -> row.get(0)).containsExactly("NCT05000001", "KCT0009001");
        assertThat(table(export("--modality", "CAR-T", "--registry", "ChiCTR"))).extracting(row -> row.get(0))
                .containsExactly("NCT05000001");
        assertThat(export("--registry", "ChiCTR").get(2).get(0)).isEqualTo("Filters: registry ChiCTR");
    }

    @Test
    void anUnknownRegistryIsNamedWithTheKnownOnes() {
        CliRun result = run("--data-dir", data, "export", "--format", "csv", "--view", "trials", "--registry", "XYZ",
                "--out", folder.resolve("x.csv").toString());

        assertThat(result.exit()).isNotZero();
        assertThat(result.err()).contains("No imported trial is registered in 'XYZ': use one of ChiCTR, ClinicalTrials.gov, CRiS");
    }
}
