package org.cgtatlas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.testing.CliRun.run;

import java.nio.file.Path;
import org.cgtatlas.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cgt-atlas bench import} runs end to end on a small file and prints its figures; times are not checked. */
class BenchCommandTest {

    @TempDir
    Path folder;

    @Test
    void theImportBenchmarkPrintsParseCsvreadImportAndItsHalvesSideBySide() {
        CliRun result = run("--data-dir", folder.toString(), "bench", "import", "--studies", "300", "--runs", "1");

        assertThat(result.exit()).isZero();
        assertThat(result.out())
                .contains("File: 300 studies, 30 columns")
                .containsPattern("parse only \\(FastCSV\\)\\s+\\d+\\.\\d\\d s")
                .containsPattern("H2 CSVREAD into a table\\s+\\d+\\.\\d\\d s")
                .containsPattern("cgt-atlas import\\s+\\d+\\.\\d\\d s")
                .contains("Import / CSVREAD:")
                .containsPattern("read \\+ classify, no database\\s+\\d+\\.\\d\\d s")
                .containsPattern("store the read studies in H2\\s+\\d+\\.\\d\\d s")
                .containsPattern("their sum \\d+\\.\\d\\d s; the import gains -?\\d+ % by overlapping them");
    }

    @Test
    void theRefreshBenchmarkPrintsTheRefreshNextToTheFileImport() {
        CliRun result = run("--data-dir", folder.toString(), "bench", "refresh", "--studies", "2000", "--runs", "1");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("Studies: 2,000 (API v2 JSON")
                .containsPattern("import of the API JSON file\\s+\\d+\\.\\d\\d s\\s+[\\d,]+\\s+\\d+ MB")
                .containsPattern("refresh from the stand-in server\\s+\\d+\\.\\d\\d s")
                .containsPattern("refresh of 1,000 studies \\(half the pages\\)\\s+\\d+\\.\\d\\d s")
                .containsPattern("Refresh / import: \\d+\\.\\d\\d× the time")
                .containsPattern("Peak heap, 3 pages / 2 pages: \\d+\\.\\d\\d×");
    }
}
