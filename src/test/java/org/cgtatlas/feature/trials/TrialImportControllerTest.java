package org.cgtatlas.feature.trials;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.TaskRunner;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.domain.TrialImportSummary;
import org.cgtatlas.ingest.FileImporter;
import org.cgtatlas.ingest.StandardFileImporter;
import org.cgtatlas.ingest.ImportOutcome;
import org.cgtatlas.testing.DatabaseSnapshot;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The import as the window runs it, on the app's task runner (a thread of the test's stands in for the FX thread):
 * in the background, then the data revision and the summary; or, after a Cancel, what the database really holds.
 */
class TrialImportControllerTest {

    private static final Path MODERN = Samples.of("ctgov-modern-1000.csv");
    private static final String SAVING = Messages.get("trials.import.committing", MODERN.getFileName());

    /** What the status bar shows when the user presses Cancel; null: at once, before the import reported anything. */
    enum Stage {
        AT_ONCE(null),
        READING(message -> message.contains("studies read")),
        SAVING(TrialImportControllerTest.SAVING::equals);

        private final Predicate<String> shown;

        Stage(Predicate<String> shown) {
            this.shown = shown;
        }
    }

    @TempDir
    Path folder;

    private final ExecutorService ui = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "test-ui"));
    private final DataRevision revision = new DataRevision();
    private final CompletableFuture<ImportOutcome> imported = new CompletableFuture<>();
    private final CompletableFuture<String> cancelled = new CompletableFuture<>();
    private Database database;
    private TaskRunner tasks;
    private TrialImportController controller;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        tasks = new TaskRunner(ui, imported::completeExceptionally);
        FileImporter importer = StandardFileImporter.on(database);
        controller = new TrialImportController(tasks, importer, revision, imported::complete,
                cancelled::complete);
    }

    @AfterEach
    void close() {
        tasks.close();
        ui.shutdownNow();
        database.close();
    }

    @Test
    void anImportReportsItsSummaryAndBumpsTheDataRevision() throws Exception {
        ui.execute(() -> controller.importFile(MODERN));

        TrialImportSummary summary = imported.get(60, TimeUnit.SECONDS).trials();

        assertThat(summary.added()).isEqualTo(1000);
        assertThat(summary.countFor("TW")).isEqualTo(18);
        assertThat(ui.submit(() -> revision.revisionProperty().get()).get()).isEqualTo(1);
        assertThat(new TrialRepository(database).count()).isEqualTo(1000);
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void aCancelIsAnsweredWithWhatTheDatabaseHolds(Stage stage) throws Exception {
        String before = DatabaseSnapshot.of(database);
        ui.execute(() -> {
            tasks.messageProperty().addListener((observable, was, message) -> {
                if (stage.shown != null && stage.shown.test(message)) {
                    tasks.cancelCurrent();
                }
            });
            controller.importFile(MODERN);
            if (stage.shown == null) {
                tasks.cancelCurrent();
            }
        });

        CompletableFuture.anyOf(imported, cancelled).get(60, TimeUnit.SECONDS);
        long revisions = ui.submit(() -> revision.revisionProperty().get()).get();
        if (cancelled.isDone()) {
            assertThat(cancelled.get()).isEqualTo("Import cancelled: nothing was changed");
            assertThat(imported).isNotDone();
            assertThat(revisions).isZero();
            assertThat(DatabaseSnapshot.of(database)).isEqualTo(before);
        } else {
            assertThat(imported.get().trials().added()).isEqualTo(1000);
            assertThat(revisions).as("screens are told to reload").isEqualTo(1);
            assertThat(new TrialRepository(database).count()).isEqualTo(1000);
        }
        assertThat(ui.submit(() -> tasks.busyProperty().get()).get()).as("the status bar let go of the import").isFalse();
        if (stage == Stage.AT_ONCE) {
            assertThat(cancelled).isDone();
        } else if (stage == Stage.SAVING) {
            assertThat(imported).as("a Cancel while saving comes too late to roll back").isDone();
        }
    }
}
