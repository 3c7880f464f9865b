package org.cgtatlas.ingest.clinicaltrials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.cgtatlas.core.concurrent.CancelledException;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.core.db.DatabaseBackups;
import org.cgtatlas.data.ImportArchive;
import org.cgtatlas.data.RegistryRefreshRepository;
import org.cgtatlas.data.TrialBreakdownRepository;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.domain.RegistryRefresh;
import org.cgtatlas.ingest.ImportFileException;
import org.cgtatlas.ingest.clinicaltrials.api.ApiClientSettings;
import org.cgtatlas.ingest.clinicaltrials.api.ApiUrl;
import org.cgtatlas.ingest.clinicaltrials.api.RefreshQuery;
import org.cgtatlas.ingest.clinicaltrials.api.StandInServer;
import org.cgtatlas.testing.CancellingProgress;
import org.cgtatlas.testing.DatabaseSnapshot;
import org.cgtatlas.testing.SampleStudies;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refreshes against a stand-in server on the loopback interface serving the real study objects of the API sample. */
class TrialRefresherTest {

    private static final String DATA_TIMESTAMP = "2026-09-04T09:00:06";
    private static final RefreshQuery QUERY = RefreshQuery.parse("query.intr=\"car t\" OR \"stem cell\"\n"
            + "filter.advanced=AREA[LocationCountry](\"China\" OR \"Japan\")");
    private static final List<String> STUDIES = SampleStudies.apiV2();

    @TempDir
    Path folder;

    private Database database;
    private TrialRefresher refresher;
    private final List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());
    private StandInServer server;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("data"));
        refresher = new TrialRefresher(TrialImporter.standard(database), new RegistryRefreshRepository(database),
                new DatabaseBackups(database, 3, Clock.systemDefaultZone()), cancelled -> pauses::add, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        if (server != null) {
            server.close();
        }
        database.close();
    }

    private StandInServer serve(int pageSize, StandInServer.Interceptor interceptor) {
        server = StandInServer.start(STUDIES, pageSize, DATA_TIMESTAMP, interceptor);
        return server;
    }

    private TrialRefresher.Request request(boolean full) {
        return new TrialRefresher.Request(settings(server.apiUrl()), QUERY, full);
    }

    private static ApiClientSettings settings(String url) {
        return ApiClientSettings.standard(ApiUrl.parse(url)).withRequestInterval(Duration.ZERO)
                .withReadTimeout(Duration.ofSeconds(2));
    }

    private RefreshOutcome refresh() {
        return refresher.refresh(request(false), Progress.NONE);
    }

    private String everything() {
        return DatabaseSnapshot.of(database) + copies();
    }

    private String everythingButTheRefreshLog() {
        return DatabaseSnapshot.without(database, "REGISTRY_REFRESH") + copies();
    }

    private List<String> copies() {
        Path imports = folder.resolve("data").resolve(ImportArchive.FOLDER);
        if (!Files.isDirectory(imports)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(imports)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void status(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void everyPageIsFetchedAndEveryStudyStoredAsAnImportStoresIt() throws IOException {
        serve(25, StandInServer.NONE);

        RefreshOutcome outcome = refresh();

        assertThat(outcome.pages()).as("4 full pages, then the empty last page").isEqualTo(5);
        assertThat(outcome.total()).isEqualTo(100);
        assertThat(outcome.summary().studiesRead()).isEqualTo(100);
        assertThat(outcome.summary().added()).isEqualTo(100);
        assertThat(outcome.summary().countFor("CN")).isEqualTo(52);
        assertThat(outcome.summary().countFor("JP")).isEqualTo(1);
        assertThat(outcome.summary().countFor("KR")).isEqualTo(4);
        assertThat(outcome.summary().countFor("TW")).isEqualTo(1);
        assertThat(outcome.updatedSince()).as("the first refresh asks for everything").isNull();
        assertThat(outcome.version().dataTimestamp()).isEqualTo(DATA_TIMESTAMP);
        assertThat(database.read(connection -> new TrialBreakdownRepository().read(connection)).files())
                .extracting(file -> file.fileDate().atZone(ZoneOffset.UTC).toLocalDate())
                .as("the registry's data date stands for the export's file date").containsExactly(LocalDate.of(2026, 9, 4));
        List<String> refreshed = trialRows(database);

        List<URI> requests = server.requests();
        assertThat(requests).hasSize(6);
        assertThat(requests.get(0).getPath()).isEqualTo("/api/v2/version");
        assertThat(requests.get(1).getQuery()).contains("pageSize=1000", "countTotal=true", "format=json",
                "query.intr=\"car t\" OR \"stem cell\"", "filter.advanced=AREA[LocationCountry](\"China\" OR \"Japan\")")
                .doesNotContain("pageToken");
        assertThat(requests.get(2).getQuery()).contains("pageToken=offset-25");
        assertThat(requests.get(5).getQuery()).contains("pageToken=offset-100");
        assertThat(server.requestHeaders()).allSatisfy(headers -> {
            assertThat(headers.get("user-agent")).startsWith("CGT Atlas/");
            assertThat(headers.get("accept-encoding")).contains("gzip");
        });

        try (Database imported = Database.open(folder.resolve("imported"))) {
            TrialImporter.standard(imported).importFile(Samples.of("ctgov-api-v2-100.json"), Progress.NONE);
            assertThat(refreshed).as("the trials as an import of the same studies stores them")
                    .as("100 trials and the one rule that matched").hasSize(101).isEqualTo(trialRows(imported));
        }
    }

    /** The trials and rules as stored, without where their raw records are and which import wrote them. */
    private static List<String> trialRows(Database database) {
        return DatabaseSnapshot.withoutImports(database).lines()
                .filter(line -> line.startsWith("TRIAL:") || line.startsWith("TRIAL_RULE:"))
                .map(line -> line.replaceAll("\\|\\d+\\|\\d+\\|null\\|#\\|#\\|", "|null|#|#|"))
                .toList();
    }

    @Test
    void aRefreshIsLoggedAsOneRegistryRunWithItsCauseAndTheApiItAsked() {
        serve(40, StandInServer.NONE);

        RefreshOutcome outcome = refresh();

        List<String> logged = database.read(connection -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT record_kind, record_id, cause, fields_after, "
                    + "(SELECT COUNT(*) FROM registry_run_trial r WHERE r.change_seq = c.seq AND r.change = 'added') "
                    + "FROM change_log c");
                 ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    rows.add(found.getString(1) + "|" + found.getString(2) + "|" + found.getString(3) + "|"
                            + found.getString(4) + "|" + found.getLong(5));
                }
            }
            return rows;
        });
        assertThat(logged).containsExactly("registry-run|" + outcome.summary().importId() + "|registry-refresh|{\"source\":\""
                + outcome.apiUrl() + "\",\"added\":100,\"removed\":0,\"changed\":0}|100");
    }

    @Test
    void theRawRecordOfARefreshedTrialIsTheStudyObjectTheServerSent() throws IOException {
        serve(30, StandInServer.NONE);
        refresh();

        ObjectMapper mapper = new ObjectMapper();
        TrialRepository trials = new TrialRepository(database);
        for (String study : List.of(STUDIES.get(0), STUDIES.get(42), STUDIES.get(99))) {
            String nct = mapper.readTree(study).path("protocolSection").path("identificationModule").path("nctId").asText();
            assertThat(trials.source(nct).orElseThrow().rawSource()).isEqualTo(study);
        }
    }

    @Test
    void aSecondRefreshAsksOnlyForStudiesUpdatedSinceTheRegistryDataOfTheFirstAndChangesNothing() {
        serve(40, StandInServer.NONE);
        refresh();
        String afterFirst = everythingButTheRefreshLog();

        RefreshOutcome second = refresh();

        assertThat(second.updatedSince()).hasToString("2026-09-04");
        assertThat(server.requests().get(server.requests().size() - 1).getQuery())
                .contains("filter.advanced=(AREA[LocationCountry](\"China\" OR \"Japan\")) AND "
                        + "AREA[LastUpdatePostDate]RANGE[2026-09-04,MAX]");
        assertThat(second.summary().studiesRead()).isZero();
        assertThat(everythingButTheRefreshLog()).isEqualTo(afterFirst);
        assertThat(new RegistryRefreshRepository(database).last(RegistryRefresh.CTGOV).orElseThrow().updatedSince())
                .hasToString("2026-09-04");
    }

    @Test
    void fullAsksForEveryStudyAgainAndStoresTheSameTrials() {
        serve(40, StandInServer.NONE);
        refresh();
        List<String> trialsAfterFirst = trialRows(database);

        RefreshOutcome full = refresher.refresh(request(true), Progress.NONE);

        assertThat(full.updatedSince()).isNull();
        assertThat(server.requests().get(server.requests().size() - 1).getQuery()).doesNotContain("LastUpdatePostDate");
        assertThat(full.summary().updated()).isEqualTo(100);
        assertThat(trialRows(database)).hasSize(101).isEqualTo(trialsAfterFirst);
    }

    @Test
    void anotherQueryIsAFullRefresh() {
        serve(40, StandInServer.NONE);
        refresh();

        RefreshOutcome other = refresher.refresh(new TrialRefresher.Request(settings(server.apiUrl()),
                RefreshQuery.parse("query.cond=lymphoma"), false), Progress.NONE);

        assertThat(other.updatedSince()).isNull();
    }

    @Test
    void a429IsRetriedAfterTheWaitItAsksFor() {
        boolean[] refused = {false};
        serve(30, (exchange, page) -> {
            if (page == 2 && !refused[0]) {
                refused[0] = true;
                exchange.getResponseHeaders().set("Retry-After", "7");
                status(exchange, 429, "text/plain", "Too Many Requests");
                return true;
            }
            return false;
        });

        RefreshOutcome outcome = refresh();

        assertThat(outcome.summary().studiesRead()).isEqualTo(100);
        assertThat(pauses).contains(Duration.ofSeconds(7));
        assertThat(server.requests().stream().filter(uri -> "pageToken=offset-30".equals(tokenOf(uri)))).hasSize(2);
    }

    private static String tokenOf(URI uri) {
        return uri.getQuery() == null ? null : Stream.of(uri.getQuery().split("&"))
                .filter(parameter -> parameter.startsWith("pageToken=")).findFirst().orElse(null);
    }

    @Test
    void a503IsRetriedWithGrowingBackoffAndFailsAfterTheLastTry() {
        serve(30, (exchange, page) -> {
            if (page == 1) {
                status(exchange, 503, "text/plain", "Service Unavailable");
                return true;
            }
            return false;
        });

        assertThatThrownBy(this::refresh).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(server.apiUrl().substring(7, server.apiUrl().indexOf("/api")))
                .hasMessageContaining("page 1").hasMessageContaining("HTTP 503").hasMessageContaining("5 times");
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8));
    }

    @Test
    void a500OnPage3LeavesTheDatabaseAsItWasAndNamesTheServerPageAndStatus() {
        serve(30, StandInServer.NONE);
        refresh();
        String before = everything();
        server.close();
        serve(30, (exchange, page) -> {
            if (page == 3) {
                status(exchange, 500, "application/json", "{\"message\":\"internal error\"}");
                return true;
            }
            return false;
        });

        assertThatThrownBy(() -> refresher.refresh(request(true), Progress.NONE))
                .isInstanceOf(ImportFileException.class)
                .hasMessageStartingWith("ClinicalTrials.gov API at 127.0.0.1:" + server.port() + ", page 3: ")
                .hasMessageContaining("HTTP 500").hasMessageContaining("internal error");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aServerThatStallsMidPageTimesOutAndChangesNothing() {
        CountDownLatch release = new CountDownLatch(1);
        serve(30, (exchange, page) -> {
            if (page == 2) {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, 0);
                exchange.getResponseBody().write("{\"studies\":[".getBytes(StandardCharsets.UTF_8));
                exchange.getResponseBody().flush();
                await(release);
                return true;
            }
            return false;
        });
        String before = everything();

        try {
            assertThatThrownBy(this::refresh).isInstanceOf(ImportFileException.class)
                    .hasMessageContaining("page 2").hasMessageContaining("read timeout");
        } finally {
            release.countDown();
        }
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        CountDownLatch release = new CountDownLatch(1);
        serve(30, (exchange, page) -> {
            if (page == 1) {
                await(release);
            }
            return false;
        });

        try {
            assertThatThrownBy(this::refresh).isInstanceOf(ImportFileException.class)
                    .hasMessageContaining("page 1").hasMessageContaining("read timeout");
        } finally {
            release.countDown();
        }
    }

    private static void await(CountDownLatch release) {
        try {
            release.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aTruncatedBodyFailsNamingThePageAndChangesNothing() {
        serve(30, (exchange, page) -> {
            if (page == 3) {
                byte[] body = ("{\"studies\":[" + STUDIES.get(60) + "," + STUDIES.get(61) + "]}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body, 0, body.length / 2);
                exchange.getResponseBody().flush();
                exchange.close();
                return true;
            }
            return false;
        });
        String before = everything();

        assertThatThrownBy(this::refresh).isInstanceOf(ImportFileException.class).hasMessageContaining("page 3");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aPageCutOffInsideTheJsonNamesTheJsonPath() {
        serve(30, (exchange, page) -> {
            if (page == 2) {
                StandInServer.send(exchange, "{\"studies\":[" + STUDIES.get(30).substring(0, 500));
                return true;
            }
            return false;
        });

        assertThatThrownBy(this::refresh).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("page 2").hasMessageContaining("malformed JSON").hasMessageContaining("(at /studies/0/");
    }

    @Test
    void htmlInsteadOfJsonIsRefusedAndChangesNothing() {
        serve(30, (exchange, page) -> {
            if (page == 1) {
                status(exchange, 200, "text/html; charset=utf-8", "<html><body>Sign in to the proxy</body></html>");
                return true;
            }
            return false;
        });
        String before = everything();

        assertThatThrownBy(this::refresh).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("page 1").hasMessageContaining("text/html").hasMessageContaining("Sign in to the proxy");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void jsonThatIsNotAnApiPageIsRefused() {
        serve(30, (exchange, page) -> {
            if (page == 1) {
                StandInServer.send(exchange, "{\"error\":\"unknown parameter\"}");
                return true;
            }
            return false;
        });

        assertThatThrownBy(this::refresh).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("page 1").hasMessageContaining("no \"studies\" array");
    }

    @Test
    void aServerWithoutTheVersionEndpointIsNotAnApiServer() {
        serve(30, (exchange, page) -> {
            if (page == 0) {
                status(exchange, 404, "text/plain", "Not Found");
                return true;
            }
            return false;
        });

        assertThatThrownBy(this::refresh).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("/version").hasMessageContaining("HTTP 404");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void requestsGoThroughTheSystemProxy() {
        serve(30, StandInServer.NONE);
        String host = System.getProperty("http.proxyHost");
        String port = System.getProperty("http.proxyPort");
        System.setProperty("http.proxyHost", "127.0.0.1");
        System.setProperty("http.proxyPort", String.valueOf(server.port()));
        try {
            ApiClientSettings viaProxy = ApiClientSettings.standard(ApiUrl.parse("http://registry.invalid/api/v2"))
                    .withRequestInterval(Duration.ZERO);
            assertThat(viaProxy.proxy()).isSameAs(ProxySelector.getDefault());

            RefreshOutcome outcome = refresher.refresh(new TrialRefresher.Request(viaProxy, QUERY, false), Progress.NONE);

            assertThat(outcome.summary().studiesRead()).isEqualTo(100);
            assertThat(server.requests()).allSatisfy(uri -> assertThat(uri.toString()).startsWith("http://registry.invalid/api/v2/"));
            assertThat(server.requestHeaders()).allSatisfy(headers -> assertThat(headers.get("host")).isEqualTo("registry.invalid"));
        } finally {
            restore("http.proxyHost", host);
            restore("http.proxyPort", port);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void requestsArePacedAtOneASecondUnlessToldOtherwise() {
        serve(50, StandInServer.NONE);

        refresher.refresh(new TrialRefresher.Request(ApiClientSettings.standard(ApiUrl.parse(server.apiUrl())), QUERY, false),
                Progress.NONE);

        assertThat(server.requests()).hasSize(4);
        assertThat(pauses).hasSize(3).allSatisfy(pause -> assertThat(pause).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1)));
    }

    @Test
    void aCancelRollsBackEverything() {
        serve(30, StandInServer.NONE);
        String before = everything();

        assertThatThrownBy(() -> refresher.refresh(request(false), CancellingProgress.afterChecks(2)))
                .isInstanceOf(CancelledException.class);
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aCancelWhileTheServerStallsStopsTheWait() {
        CountDownLatch release = new CountDownLatch(1);
        serve(30, (exchange, page) -> {
            if (page == 1) {
                await(release);
            }
            return false;
        });
        AtomicBoolean cancelled = new AtomicBoolean();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public void message(String message) {
                if (message.contains("page 1")) {
                    new Thread(() -> {
                        sleep(300);
                        cancelled.set(true);
                    }).start();
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        long start = System.nanoTime();
        try {
            assertThatThrownBy(() -> refresher.refresh(new TrialRefresher.Request(
                    settings(server.apiUrl()).withReadTimeout(Duration.ofSeconds(30)), QUERY, false), progress))
                    .isInstanceOf(CancelledException.class);
        } finally {
            release.countDown();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
