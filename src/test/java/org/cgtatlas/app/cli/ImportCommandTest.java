package org.cgtatlas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cgtatlas.app.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cgt-atlas import FILE} and {@code cgt-atlas stats} on the real sample exports. */
class ImportCommandTest {

    private static final Path SAMPLES = Path.of("..", "shared", "samples");

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
    void importPrintsTheSummaryAndStatsTheCountsPerCountryAndModality() {
        int exit = run("--data-dir", folder.toString(), "import", SAMPLES.resolve("ctgov-legacy-searchresults-1000.csv").toString());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("Imported ctgov-legacy-searchresults-1000.csv (ClinicalTrials.gov legacy CSV (SearchResults.csv))")
                .containsPattern("Studies read: 1\\D?000, added: 1\\D?000, updated: 0, skipped: 0")
                .containsPattern("CN China\\s+126")
                .containsPattern("JP Japan\\s+32")
                .containsPattern("KR South Korea\\s+73")
                .containsPattern("TW Taiwan\\s+15");

        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", folder.toString(), "stats")).isZero();
        assertThat(out.toString())
                .contains("Trials imported: 1000")
                .containsPattern("KR South Korea\\s+73\\s+\\d+")
                .contains("CGT trials per modality")
                .containsPattern("CAR-T\\s+\\d+");
    }

    @Test
    void aBadFileFailsWithItsNameLineAndProblem() throws Exception {
        Path bad = Files.writeString(folder.resolve("people.csv"), "name,age\nBob,3\n");

        int exit = run("--data-dir", folder.resolve("data").toString(), "import", bad.toString());

        assertThat(exit).isEqualTo(CliErrorHandler.EXIT_FAILED);
        assertThat(err.toString()).contains("Error: people.csv, line 1: this is not a ClinicalTrials.gov export");
    }

    @Test
    void statsOnAnEmptyFolderSaysNothingWasImported() {
        assertThat(run("--data-dir", folder.toString(), "stats")).isZero();
        assertThat(out.toString()).contains("Trials imported: 0").contains("Latest import:   none");
    }
}
