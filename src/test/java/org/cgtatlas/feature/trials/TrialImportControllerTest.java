package org.cgtatlas.feature.trials;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.TaskRunner;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.core.db.DatabaseBackups;
import org.cgtatlas.data.DatasetRepository;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.domain.TrialImportSummary;
import org.cgtatlas.ingest.FileImporter;
import org.cgtatlas.ingest.ImportOutcome;
import org.cgtatlas.ingest.clinicaltrials.TrialImporter;
import org.cgtatlas.ingest.dataset.DatasetImporter;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The import as the window runs it: in the background, then the data revision and the summary; or cancelled. */
class TrialImportControllerTest {

    private static final Path MODERN = Samples.of("ctgov-modern-1000.csv");

    @TempDir
    Path folder;

    private Database database;
    private TaskRunner tasks;
    private final DataRevision revision = new DataRevision();
    private final CompletableFuture<ImportOutcome> imported = new CompletableFuture<>();
    private final CompletableFuture<String> cancelled = new CompletableFuture<>();
    private TrialImportController controller;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        database = Database.open(folder);
        tasks = new TaskRunner(imported::completeExceptionally);
        FileImporter importer = new FileImporter(TrialImporter.standard(database),
                new DatasetImporter(new DatasetRepository(database)), new DatabaseBackups(database, 3, Clock.systemDefaultZone()),
                () -> List.of("CN", "JP", "KR", "TW"));
        controller = new TrialImportController(tasks, importer, revision, imported::complete,
                cancelled::complete);
    }

    @AfterEach
    void close() {
        tasks.close();
        database.close();
    }

    @Test
    void anImportReportsItsSummaryAndBumpsTheDataRevision() throws Exception {
        Platform.runLater(() -> controller.importFile(MODERN));

        TrialImportSummary summary = imported.get(60, TimeUnit.SECONDS).trials();

        assertThat(summary.added()).isEqualTo(1000);
        assertThat(summary.countFor("TW")).isEqualTo(18);
        assertThat(revision.revisionProperty().get()).isEqualTo(1);
        assertThat(new TrialRepository(database).count()).isEqualTo(1000);
    }

    @Test
    void aCancelledImportChangesNothing() throws Exception {
        Platform.runLater(() -> {
            controller.importFile(MODERN);
            tasks.cancelCurrent();
        });

        assertThat(cancelled.get(60, TimeUnit.SECONDS)).isEqualTo("Import cancelled: nothing was changed");
        assertThat(imported).isNotDone();
        assertThat(revision.revisionProperty().get()).isZero();
        assertThat(new TrialRepository(database).count()).isZero();
    }
}
