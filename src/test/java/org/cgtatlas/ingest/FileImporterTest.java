package org.cgtatlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.cgtatlas.core.concurrent.CancelledException;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.data.ImportArchive;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.testing.CancellingProgress;
import org.cgtatlas.testing.DatabaseSnapshot;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Import's and {@code cgt-atlas import}'s path: what it reports after a Cancel is what the database holds. */
class FileImporterTest {

    /** 1,000 studies: the import checks for a cancel at the 500th and the 1,000th, then once more before it commits. */
    private static final Path MODERN = Samples.of("ctgov-modern-1000.csv");

    /** When the user cancels, and whether the import can still be rolled back then. */
    enum Stage {
        READING_AND_CLASSIFYING_THE_FIRST_STUDIES(CancellingProgress::atOnce, false),
        WRITING_THE_LAST_STUDIES(() -> CancellingProgress.afterChecks(1), false),
        AFTER_THE_LAST_WRITE_BEFORE_THE_COMMIT(() -> CancellingProgress.afterChecks(2), false),
        COMMITTING(() -> CancellingProgress.onMessage(Messages.get("trials.import.committing", MODERN.getFileName())), true);

        private final Supplier<Progress> progress;
        private final boolean completes;

        Stage(Supplier<Progress> progress, boolean completes) {
            this.progress = progress;
            this.completes = completes;
        }
    }

    @TempDir
    Path folder;

    private Database database;
    private FileImporter importer;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("data"));
        importer = StandardFileImporter.on(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void aCancelEndsInAnOutcomeThatMatchesTheDatabase(Stage stage) throws IOException {
        String before = DatabaseSnapshot.of(database);
        List<String> copiesBefore = keptCopies();

        ImportOutcome outcome;
        try {
            outcome = importer.importFile(MODERN, stage.progress.get());
        } catch (CancelledException e) {
            outcome = null;
        }

        if (outcome == null) {
            assertThat(DatabaseSnapshot.of(database)).as("a cancelled import changed nothing").isEqualTo(before);
            assertThat(keptCopies()).isEqualTo(copiesBefore);
        } else {
            assertThat(new TrialRepository(database).count()).isEqualTo(outcome.trials().added()).isEqualTo(1000);
            assertThat(keptCopies()).hasSize(copiesBefore.size() + 1);
        }
        assertThat(outcome != null).as("the import completed").isEqualTo(stage.completes);
    }

    private List<String> keptCopies() throws IOException {
        Path copies = folder.resolve("data").resolve(ImportArchive.FOLDER);
        if (!Files.isDirectory(copies)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(copies)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
