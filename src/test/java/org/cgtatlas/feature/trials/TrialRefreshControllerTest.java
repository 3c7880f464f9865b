package org.cgtatlas.feature.trials;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.TaskRunner;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.core.db.DatabaseBackups;
import org.cgtatlas.core.settings.SettingsStore;
import org.cgtatlas.data.RegistryRefreshRepository;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.domain.RegistryRefresh;
import org.cgtatlas.ingest.clinicaltrials.TrialImporter;
import org.cgtatlas.ingest.clinicaltrials.TrialRefresher;
import org.cgtatlas.ingest.clinicaltrials.api.ApiClientSettings;
import org.cgtatlas.ingest.clinicaltrials.api.ApiUrl;
import org.cgtatlas.ingest.clinicaltrials.api.CtgovApiClient;
import org.cgtatlas.ingest.clinicaltrials.api.RefreshPreferences;
import org.cgtatlas.ingest.clinicaltrials.api.StandInServer;
import org.cgtatlas.testing.DatabaseSnapshot;
import org.cgtatlas.testing.SampleStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The refresh as the window runs it, on the app's task runner (a thread of the test's stands in for the FX thread),
 * against a stand-in server: the settings saved, the summary and the data revision after it, or "cancelled" once
 * the database is back as it was.
 */
class TrialRefreshControllerTest {

    @TempDir
    Path folder;

    private final ExecutorService ui = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "test-ui"));
    private final DataRevision revision = new DataRevision();
    private final CompletableFuture<List<String>> refreshed = new CompletableFuture<>();
    private final CompletableFuture<String> cancelled = new CompletableFuture<>();
    private Database database;
    private TaskRunner tasks;
    private SettingsStore settings;
    private RefreshPreferences preferences;
    private TrialRefreshController controller;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("data"));
        tasks = new TaskRunner(ui, refreshed::completeExceptionally);
        settings = SettingsStore.load(folder.resolve("settings.properties"));
        preferences = new RefreshPreferences(settings, () -> List.of("car t", "stem cell"));
        RegistryRefreshRepository refreshes = new RegistryRefreshRepository(database);
        TrialRefresher refresher = new TrialRefresher(TrialImporter.standard(database), refreshes,
                new DatabaseBackups(database, 3, Clock.systemDefaultZone()), CtgovApiClient::sleepingUnless, Clock.systemUTC());
        controller = new TrialRefreshController(tasks, refresher, preferences, () -> refreshes.last(RegistryRefresh.CTGOV),
                () -> List.of("CN", "JP", "KR", "TW"), revision, refreshed::complete, cancelled::complete);
    }

    @AfterEach
    void close() {
        tasks.close();
        ui.shutdownNow();
        database.close();
    }

    @Test
    void updateSavesTheAddressAndQueryThenReportsTheSummaryAndBumpsTheDataRevision() throws Exception {
        try (StandInServer server = StandInServer.start(SampleStudies.apiV2(), 50, "2026-09-04T09:00:06", StandInServer.NONE)) {
            CompletableFuture<java.util.Optional<String>> problem = new CompletableFuture<>();
            ui.execute(() -> problem.complete(controller.saveAndRefresh(server.apiUrl(), "query.cond=lung cancer", false)));

            assertThat(problem.get(10, TimeUnit.SECONDS)).isEmpty();
            List<String> lines = refreshed.get(60, TimeUnit.SECONDS);
            assertThat(lines.get(0)).isEqualTo("Refreshed from " + server.apiUrl() + ", registry data as of 2026-09-04T09:00:06");
            assertThat(lines).contains("  query.cond=lung cancer", "Region: China 52, Japan 1, South Korea 4, Taiwan 1");
            assertThat(ui.submit(() -> revision.revisionProperty().get()).get()).isEqualTo(1);
            assertThat(new TrialRepository(database).count()).isEqualTo(100);
            assertThat(SettingsStore.load(folder.resolve("settings.properties")).get(RefreshPreferences.QUERY))
                    .contains("query.cond=lung cancer");

            CompletableFuture<TrialRefreshController.Settings> shown = new CompletableFuture<>();
            ui.execute(() -> controller.open(shown::complete));
            TrialRefreshController.Settings dialog = shown.get(10, TimeUnit.SECONDS);
            assertThat(dialog.apiUrl()).isEqualTo(server.apiUrl());
            assertThat(dialog.lastRefresh().orElseThrow().dataTimestamp()).isEqualTo("2026-09-04T09:00:06");
        }
    }

    @Test
    void aWrongAddressOrQueryIsNamedAndNothingIsSavedOrStarted() throws Exception {
        assertThat(ui.submit(() -> controller.saveAndRefresh("ftp://example.org/api", "query.cond=x", false)).get())
                .hasValueSatisfying(message -> assertThat(message).contains("is not an http or https address"));
        assertThat(ui.submit(() -> controller.saveAndRefresh("https://example.org/api", "pageSize=5", false)).get())
                .hasValueSatisfying(message -> assertThat(message).startsWith("Query, line 1:"));

        assertThat(settings.get(RefreshPreferences.API_URL)).isEmpty();
        assertThat(ui.submit(() -> tasks.busyProperty().get()).get()).isFalse();
    }

    @Test
    void aCancelWhileAPageIsAwaitedIsAnsweredOnceTheDatabaseIsAsItWas() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (StandInServer server = StandInServer.start(SampleStudies.apiV2(), 30, "2026-09-04T09:00:06", (exchange, page) -> {
            if (page == 3) {
                await(release);
            }
            return false;
        })) {
            String before = DatabaseSnapshot.of(database);
            ui.execute(() -> {
                tasks.messageProperty().addListener((observable, was, message) -> {
                    if (message.contains("page 3")) {
                        tasks.cancelCurrent();
                    }
                });
                controller.refresh(ApiClientSettings.standard(ApiUrl.parse(server.apiUrl())).withRequestInterval(Duration.ZERO),
                        false);
            });

            assertThat(cancelled.get(30, TimeUnit.SECONDS)).isEqualTo("Update cancelled: nothing was changed");
            release.countDown();
            assertThat(refreshed).isNotDone();
            assertThat(ui.submit(() -> revision.revisionProperty().get()).get()).isZero();
            assertThat(DatabaseSnapshot.of(database)).isEqualTo(before);
            assertThat(ui.submit(() -> tasks.busyProperty().get()).get()).isFalse();
        }
    }

    private static void await(CountDownLatch release) {
        try {
            release.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
