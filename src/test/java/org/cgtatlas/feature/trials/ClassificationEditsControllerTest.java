package org.cgtatlas.feature.trials;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.CurrentThreadTaskExecutor;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.ProductEntries;
import org.cgtatlas.data.ProductEntryRepository;
import org.cgtatlas.data.TrialOverrideRepository;
import org.cgtatlas.data.TrialOverrides;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.ingest.clinicaltrials.TrialImporter;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Set modality…" saves on the database lane and reloads every screen; a refusal keeps the form open with why. */
class ClassificationEditsControllerTest {

    @TempDir
    Path folder;

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final DataRevision revision = new DataRevision();
    private final List<String> failures = new ArrayList<>();
    private Database database;
    private ClassificationEditsController controller;
    private boolean closed;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        TrialImporter.standard(database).importFile(Samples.of("ctgov-modern-1000.csv"), Progress.NONE);
        controller = new ClassificationEditsController(tasks, new TrialOverrides(new TrialRepository(database),
                new TrialOverrideRepository(database), Clock.systemUTC()), new ProductEntries(new ProductEntryRepository(database)),
                revision, null);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void savingClosesTheFormAndReloadsTheScreens() {
        controller.set("NCT06964828", "NOT_CGT", "garment", () -> closed = true, failures::add);

        assertThat(closed).isTrue();
        assertThat(failures).isEmpty();
        assertThat(revision.revisionProperty().get()).isEqualTo(1);
        assertThat(new TrialOverrideRepository(database).findAll()).containsKey("NCT06964828");

        controller.remove("NCT06964828");
        assertThat(new TrialOverrideRepository(database).findAll()).isEmpty();
        assertThat(revision.revisionProperty().get()).isEqualTo(2);
    }

    @Test
    void anAddedProductIsStoredForTheNextImport() {
        controller.addProduct(new ClassificationEditsController.ProductDraft("Zetastem", "Zetastem | ZS-01", "MSC", "A developer",
                "kr", "https://example.org/zetastem"), () -> closed = true, failures::add);

        assertThat(closed).isTrue();
        assertThat(new ProductEntryRepository(database).findAll()).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo("zetastem");
            assertThat(entry.aliases()).containsExactly("Zetastem", "ZS-01");
            assertThat(entry.country()).isEqualTo("KR");
        });
    }

    @Test
    void aProductWithoutAReferenceIsRefusedWithTheField() {
        controller.addProduct(new ClassificationEditsController.ProductDraft("Zetastem", "Zetastem", "MSC", "D", "KR", " "),
                () -> closed = true, failures::add);

        assertThat(closed).isFalse();
        assertThat(failures).singleElement().asString().startsWith("reference:");
        assertThat(new ProductEntryRepository(database).findAll()).isEmpty();
    }

    @Test
    void aRefusalKeepsTheFormOpenWithTheReason() {
        controller.set("NCT06964828", "MSC", " ", () -> closed = true, failures::add);

        assertThat(closed).isFalse();
        assertThat(failures).singleElement().asString().contains("note");
        assertThat(revision.revisionProperty().get()).isZero();
    }
}
