package org.cgtatlas.ingest.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.DatasetRepository;
import org.cgtatlas.data.DeletedRecordRepository;
import org.cgtatlas.data.OrganizationRepository;
import org.cgtatlas.data.TableStatsRepository;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.DatasetWriteSummary;
import org.cgtatlas.domain.Inference;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.RecordOrigin;
import org.cgtatlas.domain.SubjectType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetImporterTest {

    private static final String V1 = "/org/cgtatlas/ingest/dataset/bundle-v1.json";
    private static final String V2 = "/org/cgtatlas/ingest/dataset/bundle-v2.json";

    @TempDir
    Path folder;

    private Database database;
    private DatasetRepository repository;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        repository = new DatasetRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theBundleIsLoadedOnceAndLoadingAgainCreatesNoDuplicates() {
        DatasetImporter importer = new DatasetImporter(repository, V1);
        DatasetWriteSummary first = importer.loadBundleIfNewer().orElseThrow();
        assertThat(first.added()).isEqualTo(4);
        assertThat(importer.loadBundleIfNewer()).isEmpty();

        repository.write(importer.bundled(), DatasetRepository.WriteMode.BUNDLE_UPGRADE);
        Dataset stored = repository.load();
        assertThat(stored.organizations()).hasSize(2);
        assertThat(stored.programmes()).hasSize(1);
        assertThat(stored.events()).hasSize(1);
        assertThat(stored.organizations().get(0).citations()).hasSize(1);
    }

    @Test
    void aNewerBundleAddsAndUpdatesButNeverOverwritesTheAnalystsEditsOrDeletions() {
        new DatasetImporter(repository, V1).loadBundleIfNewer();
        Organization acme = find(repository.load().organizations(), Organization::id, "org-acme");
        Organization edited = new Organization(acme.id(), "Acme Cells K.K.", acme.localName(), acme.aliases(),
                acme.countryCode(), acme.type(), "analyst's note", acme.citations(),
                Provenance.editedNowBy(RecordOrigin.BUNDLED, "analyst"));
        database.inTransaction(connection -> {
            new OrganizationRepository(database).upsert(connection, edited);
            try (var delete = connection.prepareStatement("DELETE FROM programme WHERE id = 'prog-acme-cart'")) {
                delete.executeUpdate();
            }
            new DeletedRecordRepository().remember(connection, SubjectType.PROGRAMME, "prog-acme-cart", "analyst");
            return null;
        });

        DatasetWriteSummary upgrade = new DatasetImporter(repository, V2).loadBundleIfNewer().orElseThrow();

        Dataset stored = repository.load();
        Organization acmeAfter = find(stored.organizations(), Organization::id, "org-acme");
        assertThat(acmeAfter.name()).isEqualTo("Acme Cells K.K.");
        assertThat(acmeAfter.description()).isEqualTo("analyst's note");
        assertThat(acmeAfter.provenance().updatedBy()).isEqualTo("analyst");
        assertThat(find(stored.organizations(), Organization::id, "org-beta").description()).isEqualTo("v2");
        assertThat(stored.programmes()).extracting(Programme::id).doesNotContain("prog-acme-cart");
        assertThat(stored.events()).extracting(event -> event.id()).containsExactlyInAnyOrder("evt-plant", "evt-licence");
        assertThat(stored.datasetVersion()).isEqualTo("2026.2.0");
        assertThat(upgrade.keptUserEdits()).isEqualTo(2);
        assertThat(upgrade.added()).isEqualTo(1);
        assertThat(acmeAfter.inferred()).as("the analyst's record keeps its own (no) markers").isEmpty();
        assertThat(find(stored.organizations(), Organization::id, "org-beta").inferred())
                .containsExactly(new Inference("type", "'company' is not stated; concluded from the name"));
        assertThat(find(stored.events(), CollaborationEvent::id, "evt-licence").inferred())
                .extracting(Inference::field).containsExactly("type");
    }

    @Test
    void inferenceMarkersFollowEachBundleUpgradeButTheAnalystsEditedRecordsKeepTheirs() {
        new DatasetImporter(repository, V2).loadBundleIfNewer();
        Dataset v2 = repository.load();
        Organization acme = find(v2.organizations(), Organization::id, "org-acme");
        Organization edited = new Organization(acme.id(), acme.name(), acme.localName(), acme.aliases(),
                acme.countryCode(), acme.type(), "analyst's note", acme.citations(),
                Provenance.editedNowBy(RecordOrigin.BUNDLED, "analyst"), acme.inferred());
        database.inTransaction(connection -> {
            new OrganizationRepository(database).upsert(connection, edited);
            return null;
        });
        Inference newReason = new Inference("type", "v3: still not stated");
        Dataset v3 = new Dataset(v2.format(), v2.formatVersion(), "2026.3.0", v2.asOf(), v2.sources(), v2.countries(),
                v2.organizations().stream().map(organization -> organization.withInferred(List.of(newReason))).toList(),
                v2.metrics(), v2.milestones(), v2.pipelineListings(),
                v2.programmes().stream().map(programme -> programme.withInferred(List.of())).toList(),
                v2.events().stream().filter(event -> !event.id().equals("evt-licence")).toList(), v2.people());

        DatasetWriteSummary upgrade = repository.write(v3, DatasetRepository.WriteMode.BUNDLE_UPGRADE);

        Dataset stored = repository.load();
        assertThat(find(stored.organizations(), Organization::id, "org-beta").inferred()).containsExactly(newReason);
        assertThat(find(stored.organizations(), Organization::id, "org-acme").inferred())
                .containsExactly(new Inference("type", "'company' is not stated; concluded from the name"));
        assertThat(find(stored.programmes(), Programme::id, "prog-acme-cart").inferred())
                .as("a marker the new bundle drops is dropped").isEmpty();
        assertThat(stored.events()).as("a bundled record the curators removed goes")
                .extracting(CollaborationEvent::id).containsExactly("evt-plant");
        assertThat(upgrade.retired()).isEqualTo(1);
        assertThat(new TableStatsRepository(database).rowCounts().get("INFERENCE_MARKER"))
                .as("the removed event's marker went with it").isEqualTo(2L);
    }

    @Test
    void anOlderBundleIsNotAppliedOverANewerDatabase() {
        new DatasetImporter(repository, V2).loadBundleIfNewer();
        assertThat(new DatasetImporter(repository, V1).loadBundleIfNewer()).isEmpty();
        assertThat(repository.storedVersion()).contains("2026.2.0");
    }

    private static <T> T find(List<T> records, Function<T, String> idOf, String id) {
        return records.stream().filter(record -> idOf.apply(record).equals(id)).findFirst().orElseThrow();
    }
}
