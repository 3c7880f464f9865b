package org.cgtatlas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.testing.CliRun.run;

import java.nio.file.Path;
import org.cgtatlas.ingest.clinicaltrials.api.StandInServer;
import org.cgtatlas.testing.CliRun;
import org.cgtatlas.testing.SampleStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cgt-atlas refresh ctgov} end to end against a stand-in server on the loopback interface (paced as for real). */
class CtgovRefreshCommandTest {

    @TempDir
    Path folder;

    @Test
    void aRefreshPrintsTheImportSummaryAndTheRegistryDataDateThenTheNextOneIsIncremental() {
        try (StandInServer server = StandInServer.start(SampleStudies.apiV2(), 60, "2026-09-04T09:00:06", StandInServer.NONE)) {
            CliRun first = run("--data-dir", folder.toString(), "refresh", "ctgov", "--api-url", server.apiUrl());

            assertThat(first.exit()).as(first.err()).isZero();
            assertThat(first.out())
                    .contains("Refreshed from " + server.apiUrl() + ", registry data as of 2026-09-04T09:00:06")
                    .contains("All studies matching the query (a full refresh)")
                    .containsPattern("query.intr=\"[^\"]+\"( OR \"[^\"]+\")+")
                    .contains("\"chimeric antigen receptor\"")
                    .contains("filter.advanced=AREA[LocationCountry](\"China\" OR \"Japan\" OR \"South Korea\"")
                    .containsPattern("Pages: 2, studies returned: 100 of 100")
                    .containsPattern("Studies read: 100, added: 100, updated: 0, skipped: 0")
                    .containsPattern("Region: China 52, .*Japan 1, .*South Korea 4, .*Taiwan 1")
                    .containsPattern("CN China\\s+52");

            CliRun second = run("--data-dir", folder.toString(), "refresh", "ctgov", "--api-url", server.apiUrl());

            assertThat(second.exit()).as(second.err()).isZero();
            assertThat(second.out()).contains("Only studies updated since 2026-09-04")
                    .contains("Studies read: 0, added: 0, updated: 0, skipped: 0");
            assertThat(server.requests().get(server.requests().size() - 1).getQuery())
                    .contains("AREA[LastUpdatePostDate]RANGE[2026-09-04,MAX]");

            CliRun full = run("--data-dir", folder.toString(), "refresh", "ctgov", "--api-url", server.apiUrl(), "--full");
            assertThat(full.out()).contains("Studies read: 100, added: 0, updated: 100, skipped: 0");
        }
    }

    @Test
    void anAddressThatIsNotHttpIsRefusedWithAClearMessage() {
        CliRun result = run("--data-dir", folder.toString(), "refresh", "ctgov", "--api-url", "ftp://clinicaltrials.gov/api/v2");

        assertThat(result.exit()).isEqualTo(CliErrorHandler.EXIT_FAILED);
        assertThat(result.err()).contains("\"ftp://clinicaltrials.gov/api/v2\" is not an http or https address");
    }

    @Test
    void aServerErrorIsReportedWithServerPageAndStatus() {
        try (StandInServer server = StandInServer.start(SampleStudies.apiV2(), 60, "2026-09-04T09:00:06", (exchange, page) -> {
            if (page == 2) {
                exchange.sendResponseHeaders(404, -1);
                return true;
            }
            return false;
        })) {
            CliRun result = run("--data-dir", folder.toString(), "refresh", "ctgov", "--api-url", server.apiUrl());

            assertThat(result.exit()).isEqualTo(CliErrorHandler.EXIT_FAILED);
            assertThat(result.err()).contains("Error: ClinicalTrials.gov API at 127.0.0.1:" + server.port()
                    + ", page 2: the server answered HTTP 404");
            assertThat(run("--data-dir", folder.toString(), "stats").out()).contains("Trials imported: 0");
        }
    }
}
