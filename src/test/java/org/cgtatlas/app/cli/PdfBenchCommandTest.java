package org.cgtatlas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.testing.CliRun.run;

import org.cgtatlas.testing.CliRun;
import org.junit.jupiter.api.Test;

class PdfBenchCommandTest {

    @Test
    void reportsTimeAndSizeForTheBundledAndTheGeneratedDataset() {
        CliRun result = run("bench", "pdf", "--programmes", "300", "--events", "40", "--runs", "1");

        assertThat(result.exit()).isZero();
        assertThat(result.out())
                .containsPattern("Bundled dataset \\(\\d+ programmes, \\d+ events\\): \\d+ pages, \\d+ KB; first run \\d+ ms")
                .containsPattern("Generated \\(300 programmes, 40 events\\): \\d+ pages, \\d+ KB; first run \\d+ ms \\(\\d+ ms CPU.*median \\d+ ms \\(\\d+ ms CPU");
    }
}
