package org.cgtatlas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.testing.CliRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cgtatlas.testing.CliRun;
import org.cgtatlas.domain.RegistrySource;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cgt-atlas import FILE} and {@code cgt-atlas stats} on the real sample exports. */
class ImportCommandTest {


    @TempDir
    Path folder;

    @Test
    void importPrintsTheSummaryAndStatsTheCountsPerCountryAndModality() {
        CliRun result = run("--data-dir", folder.toString(), "import", Samples.of("ctgov-legacy-searchresults-1000.csv").toString());

        assertThat(result.exit()).isZero();
        assertThat(result.out())
                .contains("Imported ctgov-legacy-searchresults-1000.csv (ClinicalTrials.gov legacy CSV (SearchResults.csv))")
                .containsPattern("Studies read: 1\\D?000, added: 1\\D?000, updated: 0, skipped: 0")
                .containsPattern("CN China\\s+126")
                .containsPattern("JP Japan\\s+32")
                .containsPattern("KR South Korea\\s+73")
                .containsPattern("TW Taiwan\\s+15");

        result = run("--data-dir", folder.toString(), "stats");
        assertThat(result.exit()).isZero();
        assertThat(result.out())
                .contains("Trials imported: 1000")
                .containsPattern("KR South Korea\\s+73\\s+ClinicalTrials.gov 73")
                .contains("CGT trials per modality")
                .containsPattern("CAR-T\\s+\\d+");
    }

    @Test
    void aBadFileFailsWithItsNameLineAndProblem() throws Exception {
        Path bad = Files.writeString(folder.resolve("people.csv"), "name,age\nBob,3\n");

        CliRun result = run("--data-dir", folder.resolve("data").toString(), "import", bad.toString());

        assertThat(result.exit()).isEqualTo(CliErrorHandler.EXIT_FAILED);
        assertThat(result.err()).contains("Error: people.csv, line 1: this is neither a ClinicalTrials.gov nor a WHO ICTRP export");
    }

    @Test
    void aMalformedQuotedFieldIsReportedOnceWithItsLine() throws Exception {
        Path bad = Files.writeString(folder.resolve("quote.csv"), "NCT Number,Study Title\nNCT00000001,\"Closed\" then text\n");

        CliRun result = run("--data-dir", folder.resolve("data").toString(), "import", bad.toString());

        assertThat(result.exit()).isEqualTo(CliErrorHandler.EXIT_FAILED);
        assertThat(result.err()).contains("Error: quote.csv, line 2: malformed quoted field")
                .doesNotContain("text after the closing quote of a quoted field, on line 2");
    }

    @Test
    void statsOnAnEmptyFolderSaysNothingWasImported() {
        CliRun result = run("--data-dir", folder.toString(), "stats");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("Trials imported: 0").contains("Sources:         none");
    }

    @Test
    void statsPrintsAllTrialsThenTheCgtOnesWithTheRegistriesBehindThemAndWhosTerms() {
        CliRun imported = run("--data-dir", folder.toString(), "import", Samples.of("ictrp-csv-2020-927.csv").toString());
        assertThat(imported.exit()).isZero();
        assertThat(imported.out()).contains("WHO ICTRP export (CSV)").contains("Records per register: ChiCTR 581, ClinicalTrials.gov 286")
                .contains("WHO ICTRP export date: 2020-04-07").contains(RegistrySource.ICTRP_TERMS);

        CliRun result = run("--data-dir", folder.toString(), "stats");

        assertThat(result.exit()).isZero();
        String out = result.out();
        assertThat(out).contains("Trials imported: 927").contains("WHO ICTRP (ChiCTR, ClinicalTrials.gov")
                .contains("exported 2020-04-07").contains(RegistrySource.ICTRP_TERMS)
                .containsPattern("CN China\\s+652\\s+29\\s+ChiCTR 577, ClinicalTrials.gov 75");
        assertThat(out.indexOf("All trials per country")).isLessThan(out.indexOf("Cell & gene therapy trials per country"));
    }
}
