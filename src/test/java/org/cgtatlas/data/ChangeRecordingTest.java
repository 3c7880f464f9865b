package org.cgtatlas.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.data.DatasetRepository.WriteMode;
import org.cgtatlas.domain.ChangeCause;
import org.cgtatlas.domain.ChangeOperation;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.FieldChange;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.RecordChange;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.domain.RecordOrigin;
import org.cgtatlas.domain.TrialOverride;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mutation list: every public method of {@code data} that writes curated data logs exactly one row per record it
 * changes, in its transaction, with the record's fields before and after. {@link #everyWriteMethodIsInTheMutationList}
 * finds the write methods by their bytecode, so a new one that is neither tested here nor declared a building block
 * (a write inside its caller's logged transaction) or a registry write (logged per run) fails.
 */
class ChangeRecordingTest {

    /** Public write methods that take the caller's connection: the caller's change set logs what they change. */
    private static final Set<String> BUILDING_BLOCKS = Set.of(
            "AnalystSourceRepository.replace", "AnalystSourceRepository.delete", "CitationRepository.replace",
            "CitationRepository.delete", "InferenceRepository.replace", "InferenceRepository.delete",
            "CountryRepository.upsert", "SourceRepository.upsert", "OrganizationRepository.upsert",
            "MetricRepository.upsert", "MilestoneRepository.upsert", "PipelineListingRepository.upsert",
            "ProgrammeRepository.upsert", "EventRepository.upsert", "PersonRepository.upsert",
            "DeletedRecordRepository.remember", "DeletedRecordRepository.forget", "MetadataRepository.put");

    /** Registry data (trials, imported files, refreshes): logged once per run, not per record. */
    private static final Set<String> REGISTRY_WRITES = Set.of(
            "TrialImportWriter", "IctrpImportWriter", "RegistryRefreshRepository", "SupersededCopies", "ImportArchive",
            "TrialRepository", "RegistryRunLog");

    /** The log's own compaction, the one removal from it. */
    private static final Set<String> LOG_ITSELF = Set.of("HistoryCompaction.removeOlderThan");

    /** Not curated data: the record of a PDF export (a pinned briefing), which names the revision it showed. */
    private static final Set<String> EXPORT_RECORDS = Set.of("BriefingRepository.record");

    private static final String GARMENT = "NCT06964828";

    @TempDir
    Path folder;

    private AppServices services;
    private ChangeLogRepository log;
    private final Set<String> tested = new TreeSet<>();

    @BeforeEach
    void open() {
        services = AppServices.open(folder);
        log = services.changeLog();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void everyWriteMethodIsInTheMutationList() {
        Set<String> writers = publicWriteMethods();
        Set<String> mutations = new HashSet<>(mutationList().keySet());
        List<String> unlisted = new ArrayList<>();
        for (String writer : writers) {
            boolean registry = REGISTRY_WRITES.contains(writer.substring(0, writer.indexOf('.')));
            if (!mutations.contains(writer) && !BUILDING_BLOCKS.contains(writer) && !registry && !LOG_ITSELF.contains(writer)
                    && !EXPORT_RECORDS.contains(writer)) {
                unlisted.add(writer);
            }
        }
        assertThat(unlisted).as("write methods that are not in the mutation list").isEmpty();
        assertThat(writers).as("the write methods found").contains("ProgrammeRepository.save", "DatasetRepository.write",
                "TrialOverrideRepository.remove", "ProductEntries.add");
    }

    @Test
    void everyMutationLogsOneRowPerChangedRecord() {
        for (var mutation : mutationList().entrySet()) {
            mutation.getValue().run();
            tested.add(mutation.getKey());
        }
        assertThat(tested).isEqualTo(new TreeSet<>(mutationList().keySet()));
    }

    /** Method (Class.method) → a run that calls it and checks the rows it logged. */
    private Map<String, Runnable> mutationList() {
        Map<String, Runnable> list = new LinkedHashMap<>();
        list.put("ProgrammeRepository.save", this::programmeSaved);
        list.put("ChangeLogBenchWriter.write", this::benchWriterLogged);
        list.put("ProgrammeRepository.delete", this::programmeDeletedAndRestored);
        list.put("ProgrammeRepository.restore", this::programmeDeletedAndRestored);
        list.put("OrganizationRepository.save", this::organizationSaved);
        list.put("OrganizationRepository.delete", this::organizationDeletedAndRestored);
        list.put("OrganizationRepository.restore", this::organizationDeletedAndRestored);
        list.put("EventRepository.save", this::eventSaved);
        list.put("EventRepository.delete", this::eventDeletedAndRestored);
        list.put("EventRepository.restore", this::eventDeletedAndRestored);
        list.put("TrialOverrideRepository.save", this::overrideSetAndRemoved);
        list.put("TrialOverrideRepository.remove", this::overrideSetAndRemoved);
        list.put("TrialOverrides.set", this::overrideSetAndRemoved);
        list.put("TrialOverrides.remove", this::overrideSetAndRemoved);
        list.put("ProductEntryRepository.save", this::productAdded);
        list.put("ProductEntries.add", this::productAdded);
        list.put("DatasetRepository.write", this::datasetWritten);
        list.put("RecordReverter.revert", this::metricReverted);
        list.put("RecordHistory.revert", this::eventRevertedFromItsHistory);
        return list;
    }

    private void programmeSaved() {
        Programme programme = new Programme("prog-user-log", "Log-cel", "org-jw-therapeutics", "CN", Modality.CAR_T, "CD19",
                "Lymphoma", DevelopmentStage.PHASE_1, null, List.of(), null, List.of(),
                Provenance.editedNowBy(RecordOrigin.USER, "analyst"));
        List<RecordChange> inserted = logged(() -> services.programmes().save(programme));
        assertOne(inserted, RecordKind.PROGRAMME, programme.id(), ChangeOperation.INSERT, ChangeCause.EDIT);
        assertThat(inserted.get(0).fieldsBefore()).isNull();
        assertThat(ChangeJson.read(inserted.get(0).fieldsAfter(), Programme.class)).isEqualTo(programme);

        Programme later = withStage(programme, DevelopmentStage.PHASE_2);
        List<RecordChange> updated = logged(() -> services.programmes().save(later));
        assertOne(updated, RecordKind.PROGRAMME, programme.id(), ChangeOperation.UPDATE, ChangeCause.EDIT);
        assertThat(updated.get(0).fields()).containsExactly(new FieldChange("stage", "PHASE_1", "PHASE_2"));

        assertThat(logged(() -> services.programmes().save(later))).as("a save that changes nothing").isEmpty();
    }

    private void programmeDeletedAndRestored() {
        Programme relma = programme("prog-relma-cel");
        List<RecordChange> deleted = logged(() -> services.programmes().delete(relma));
        assertOne(deleted, RecordKind.PROGRAMME, relma.id(), ChangeOperation.DELETE, ChangeCause.DELETE);
        assertThat(ChangeJson.read(deleted.get(0).fieldsBefore(), Programme.class)).isEqualTo(relma);
        assertThat(deleted.get(0).fieldsAfter()).isNull();

        List<RecordChange> restored = logged(() -> services.programmes().restore(relma));
        assertOne(restored, RecordKind.PROGRAMME, relma.id(), ChangeOperation.INSERT, ChangeCause.UNDO);
        assertThat(restored.get(0).fieldsAfter()).isEqualTo(deleted.get(0).fieldsBefore());
    }

    private void organizationSaved() {
        Organization organization = services.organizations().findAll().get(0);
        Organization described = new Organization(organization.id(), organization.name(), organization.localName(),
                organization.aliases(), organization.countryCode(), organization.type(), "Described for the log",
                organization.citations(), organization.provenance(), organization.inferred());
        List<RecordChange> rows = logged(() -> services.organizations().save(described));
        assertOne(rows, RecordKind.ORGANIZATION, organization.id(), ChangeOperation.UPDATE, ChangeCause.EDIT);
        assertThat(rows.get(0).fields()).containsExactly(
                new FieldChange("description", nullToEmpty(organization.description()), "Described for the log"));
    }

    /** The organization, its listings and every record linked to it: each one row, on delete and on undo. */
    private void organizationDeletedAndRestored() {
        Dataset data = services.datasets().load();
        Organization organization = data.organizations().stream()
                .filter(candidate -> data.programmes().stream().noneMatch(p -> p.organizationId().equals(candidate.id())))
                .max(java.util.Comparator.comparingInt(candidate -> linkedTo(data, candidate.id()).size()))
                .orElseThrow();
        Set<String> expected = linkedTo(data, organization.id());
        expected.add(RecordKind.ORGANIZATION.key() + ":" + organization.id());
        assertThat(expected).as("an organization linked to other records").hasSizeGreaterThan(2);

        List<RecordChange> deleted = new ArrayList<>();
        OrganizationRemoval removal = loggedInto(deleted, () -> services.organizations().delete(organization));
        assertThat(keys(deleted)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(deleted).allMatch(row -> row.cause() == ChangeCause.DELETE);
        RecordChange own = only(deleted, RecordKind.ORGANIZATION);
        assertThat(own.operation()).isEqualTo(ChangeOperation.DELETE);
        assertThat(ChangeJson.read(own.fieldsBefore(), Organization.class)).isEqualTo(organization);

        List<RecordChange> restored = logged(() -> services.organizations().restore(removal));
        assertThat(keys(restored)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(restored).allMatch(row -> row.cause() == ChangeCause.UNDO);
        assertThat(services.datasets().load()).isEqualTo(data);
    }

    private void eventSaved() {
        CollaborationEvent event = services.events().findAll().get(0);
        CollaborationEvent retitled = new CollaborationEvent(event.id(), event.type(), "Retitled for the log", event.date(),
                event.endDate(), event.participants(), event.countryCodes(), event.dealValue(), event.currency(),
                event.place(), event.description(), event.parentEventId(), event.citations(), event.provenance(),
                event.inferred(), event.analystSources());
        List<RecordChange> rows = logged(() -> services.events().save(retitled));
        assertOne(rows, RecordKind.EVENT, event.id(), ChangeOperation.UPDATE, ChangeCause.EDIT);
        assertThat(rows.get(0).fields()).containsExactly(new FieldChange("title", event.title(), "Retitled for the log"));
    }

    /** The event, its child events and its people: each one row, on delete and on undo. */
    private void eventDeletedAndRestored() {
        Dataset data = services.datasets().load();
        CollaborationEvent event = data.events().stream()
                .max(java.util.Comparator.comparingInt(candidate -> pointingAt(data, candidate.id()).size())).orElseThrow();
        Set<String> expected = pointingAt(data, event.id());
        expected.add(RecordKind.EVENT.key() + ":" + event.id());

        List<RecordChange> deleted = new ArrayList<>();
        EventRemoval removal = loggedInto(deleted, () -> services.events().delete(event.id(), "analyst"));
        assertThat(keys(deleted)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(only(deleted, RecordKind.EVENT, event.id()).operation()).isEqualTo(ChangeOperation.DELETE);

        List<RecordChange> restored = logged(() -> services.events().restore(removal));
        assertThat(keys(restored)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(only(restored, RecordKind.EVENT, event.id()).cause()).isEqualTo(ChangeCause.UNDO);
        assertThat(services.datasets().load()).isEqualTo(data);
    }

    private void overrideSetAndRemoved() {
        if (!services.trialRepository().exists(GARMENT)) {
            services.trialImporter().importFile(Samples.of("ctgov-modern-1000.csv"), Progress.NONE);
        }
        List<RecordChange> set = logged(() -> services.trialOverrides().set(GARMENT, "MSC", "Checked the protocol"));
        assertOne(set, RecordKind.TRIAL_OVERRIDE, GARMENT, ChangeOperation.INSERT, ChangeCause.EDIT);
        assertThat(ChangeJson.read(set.get(0).fieldsAfter(), TrialOverride.class).modality()).isEqualTo(Modality.MSC);

        TrialOverride notCgt = new TrialOverride(GARMENT, null, "A garment", Instant.parse("2026-12-03T10:00:00Z"));
        List<RecordChange> changed = logged(() -> new TrialOverrideRepository(services.database()).save(notCgt));
        assertOne(changed, RecordKind.TRIAL_OVERRIDE, GARMENT, ChangeOperation.UPDATE, ChangeCause.EDIT);
        assertThat(changed.get(0).fields()).extracting(FieldChange::field).contains("modality", "note");

        List<RecordChange> removed = logged(() -> services.trialOverrides().remove(GARMENT));
        assertOne(removed, RecordKind.TRIAL_OVERRIDE, GARMENT, ChangeOperation.DELETE, ChangeCause.DELETE);
        assertThat(ChangeJson.read(removed.get(0).fieldsBefore(), TrialOverride.class)).isEqualTo(notCgt);
        assertThat(logged(() -> new TrialOverrideRepository(services.database()).remove(GARMENT))).isEmpty();
    }

    private void productAdded() {
        String id = "log-cel-" + tested.size();
        List<RecordChange> rows = logged(() -> services.productEntries().add(id, "Log-cel", "LOG-1|Log cel",
                "CAR_T", "Log Bio", "KR", "https://example.org/log"));
        assertOne(rows, RecordKind.PRODUCT_ENTRY, id, ChangeOperation.INSERT, ChangeCause.EDIT);
        List<RecordChange> again = logged(() -> services.productEntries().add(id, "Log-cel", "LOG-1",
                "CAR_T", "Log Bio", "KR", "https://example.org/log"));
        assertOne(again, RecordKind.PRODUCT_ENTRY, id, ChangeOperation.UPDATE, ChangeCause.EDIT);
        assertThat(again.get(0).fields()).containsExactly(new FieldChange("aliases", "LOG-1, Log cel", "LOG-1"));
    }

    /** An upgrade that restates the stored data logs nothing; an import logs each record it adds or changes. */
    private void datasetWritten() {
        Dataset stored = services.datasets().load();
        assertThat(logged(() -> services.datasets().write(stored, WriteMode.BUNDLE_UPGRADE))).isEmpty();

        Programme first = stored.programmes().get(0);
        Programme changed = withStage(first, DevelopmentStage.APPROVED == first.stage() ? DevelopmentStage.PHASE_3
                : DevelopmentStage.APPROVED);
        Programme added = new Programme("prog-import-log", "Imported-cel", first.organizationId(), "KR", Modality.MSC,
                null, null, DevelopmentStage.PRECLINICAL, null, List.of(), null, first.citations(), Provenance.BUNDLED);
        List<Programme> programmes = new ArrayList<>(stored.programmes());
        programmes.set(0, changed);
        programmes.add(added);
        Dataset file = new Dataset(stored.format(), stored.formatVersion(), stored.datasetVersion(), stored.asOf(),
                stored.sources(), stored.countries(), stored.organizations(), stored.metrics(), stored.milestones(),
                stored.pipelineListings(), programmes, stored.events(), stored.people());

        List<RecordChange> rows = logged(() -> services.datasets().write(file, WriteMode.IMPORT));
        assertThat(rows).extracting(RecordChange::recordId, RecordChange::operation, RecordChange::cause).containsExactlyInAnyOrder(
                tuple(first.id(), ChangeOperation.UPDATE, ChangeCause.DATASET_IMPORT),
                tuple(added.id(), ChangeOperation.INSERT, ChangeCause.DATASET_IMPORT));
        assertThat(only(rows, RecordKind.PROGRAMME, first.id()).fields())
                .containsExactly(new FieldChange("stage", first.stage() == null ? "" : first.stage().name(), changed.stage().name()));
    }

    /** A revert writes the past version through the repository (cause revert); its undo writes the present back. */
    private void metricReverted() {
        CountryMetric metric = services.metrics().findAll().get(0);
        CountryMetric noted = new CountryMetric(metric.id(), metric.countryCode(), metric.kind(), metric.value(),
                metric.valueHigh(), metric.qualifier(), metric.wording(), metric.unit(), metric.asOf(), "A new note",
                metric.about(), metric.citations(), metric.provenance(), metric.inferred());
        Dataset stored = services.datasets().load();
        List<CountryMetric> metrics = new ArrayList<>(stored.metrics());
        metrics.set(metrics.indexOf(metric), noted);
        services.datasets().write(new Dataset(stored.format(), stored.formatVersion(), stored.datasetVersion(),
                stored.asOf(), stored.sources(), stored.countries(), stored.organizations(), metrics, stored.milestones(),
                stored.pipelineListings(), stored.programmes(), stored.events(), stored.people()), WriteMode.IMPORT);
        List<RecordChange> history = log.history(RecordKind.METRIC, metric.id());
        RecordChange imported = history.get(0);
        assertThat(imported.cause()).isEqualTo(ChangeCause.DATASET_IMPORT);
        RecordChange original = new RecordChange(0, imported.changedAt(), "", RecordKind.METRIC, metric.id(),
                ChangeOperation.UPDATE, ChangeCause.EDIT, null, imported.fieldsBefore(), List.of());

        List<RecordChange> reverted = new ArrayList<>();
        RecordReverter.Reverted revert = loggedInto(reverted, () -> services.reverter().revert(original));
        assertOne(reverted, RecordKind.METRIC, metric.id(), ChangeOperation.UPDATE, ChangeCause.REVERT);
        assertThat(reverted.get(0).fields()).containsExactly(new FieldChange("note", "A new note", nullToEmpty(metric.note())));
        assertThat(services.metrics().findAll()).contains(metric);

        List<RecordChange> undone = logged(revert.undo());
        assertOne(undone, RecordKind.METRIC, metric.id(), ChangeOperation.UPDATE, ChangeCause.UNDO);
        assertThat(services.metrics().findAll()).contains(noted);
    }

    /** The screens' path: the event's history, its first version written back, then the revert undone. */
    private void eventRevertedFromItsHistory() {
        RecordHistory history = services.recordHistory();
        CollaborationEvent event = services.events().findAll().get(1);
        List<RecordChange> versions = history.of(RecordKind.EVENT, event.id());
        RecordChange first = versions.get(versions.size() - 1);
        services.events().save(new CollaborationEvent(event.id(), event.type(), "Renamed before the revert", event.date(),
                event.endDate(), event.participants(), event.countryCodes(), event.dealValue(), event.currency(),
                event.place(), event.description(), event.parentEventId(), event.citations(), event.provenance(),
                event.inferred(), event.analystSources()));

        List<RecordChange> reverted = new ArrayList<>();
        RecordReverter.Reverted revert = loggedInto(reverted, () -> history.revert(first));
        assertOne(reverted, RecordKind.EVENT, event.id(), ChangeOperation.UPDATE, ChangeCause.REVERT);
        assertThat(reverted.get(0).fieldsAfter()).isEqualTo(first.fieldsAfter());
        assertOne(logged(revert.undo()), RecordKind.EVENT, event.id(), ChangeOperation.UPDATE, ChangeCause.UNDO);
        assertThat(services.events().findAll()).extracting(CollaborationEvent::title).contains("Renamed before the revert");
    }

    @Test
    void aProgrammeRevertedToAPastVersionIsLoggedAndTheRevertCanBeUndone() {
        Programme programme = programme("prog-relma-cel");
        services.programmes().save(withStage(programme, DevelopmentStage.PHASE_3));
        services.programmes().save(withStage(programme, DevelopmentStage.APPROVED));
        List<RecordChange> history = log.history(RecordKind.PROGRAMME, programme.id());
        assertThat(history).extracting(RecordChange::cause)
                .as("the first start logs the bundled dataset").containsExactly(ChangeCause.EDIT, ChangeCause.EDIT,
                        ChangeCause.DATASET_UPGRADE);
        RecordChange firstEdit = history.get(1);

        List<RecordChange> reverted = new ArrayList<>();
        RecordReverter.Reverted revert = loggedInto(reverted, () -> services.reverter().revert(firstEdit));
        assertOne(reverted, RecordKind.PROGRAMME, programme.id(), ChangeOperation.UPDATE, ChangeCause.REVERT);
        assertThat(programme(programme.id()).stage()).isEqualTo(DevelopmentStage.PHASE_3);

        assertOne(logged(revert.undo()), RecordKind.PROGRAMME, programme.id(), ChangeOperation.UPDATE, ChangeCause.UNDO);
        assertThat(programme(programme.id()).stage()).isEqualTo(DevelopmentStage.APPROVED);
        assertThat(log.history(RecordKind.PROGRAMME, programme.id())).extracting(RecordChange::cause)
                .containsExactly(ChangeCause.UNDO, ChangeCause.REVERT, ChangeCause.EDIT, ChangeCause.EDIT,
                        ChangeCause.DATASET_UPGRADE);
    }

    @Test
    void revertingToADeletedRecordsLastVersionBringsItBackAndUndoDeletesItAgain() {
        Programme programme = programme("prog-relma-cel");
        services.programmes().delete(programme);
        RecordChange deletion = log.history(RecordKind.PROGRAMME, programme.id()).get(0);
        RecordChange lastVersion = new RecordChange(0, deletion.changedAt(), "", RecordKind.PROGRAMME, programme.id(),
                ChangeOperation.UPDATE, ChangeCause.EDIT, null, deletion.fieldsBefore(), List.of());

        RecordReverter.Reverted revert = services.reverter().revert(lastVersion);
        assertThat(programme(programme.id())).isEqualTo(programme);
        revert.undo().run();
        assertThat(services.programmes().findAll()).extracting(Programme::id).doesNotContain(programme.id());
        assertThat(log.history(RecordKind.PROGRAMME, programme.id())).extracting(RecordChange::operation, RecordChange::cause)
                .containsExactly(tuple(ChangeOperation.DELETE, ChangeCause.UNDO), tuple(ChangeOperation.INSERT, ChangeCause.REVERT),
                        tuple(ChangeOperation.DELETE, ChangeCause.DELETE), tuple(ChangeOperation.INSERT, ChangeCause.DATASET_UPGRADE));
    }

    @Test
    void theLogNamesTheAuthorAndTheDataRevisionIsItsNewestRow() {
        long revision = log.revision();
        Programme programme = programme("prog-relma-cel");
        services.programmes().save(withStage(programme, DevelopmentStage.PHASE_3));
        RecordChange row = log.history(RecordKind.PROGRAMME, programme.id()).get(0);
        assertThat(row.changedBy()).isEqualTo(System.getProperty("user.name"));
        assertThat(log.revision()).isEqualTo(row.seq()).isGreaterThan(revision);
        assertThat(log.between(revision, log.revision())).containsExactly(row);
    }

    private Programme programme(String id) {
        return services.programmes().findAll().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    /** The bench's writer logs as ProgrammeRepository.save and delete do: one row per record, before and after. */
    private void benchWriterLogged() {
        Programme relma = services.programmes().findAll().stream().filter(p -> p.id().equals("prog-relma-cel")).findFirst().orElseThrow();
        Programme edited = withStage(relma, DevelopmentStage.PHASE_2);
        List<RecordChange> rows = logged(() -> new ChangeLogBenchWriter(services.database()).write(List.of(relma), List.of(edited), List.of()));
        assertOne(rows, RecordKind.PROGRAMME, relma.id(), ChangeOperation.UPDATE, ChangeCause.EDIT);
        assertThat(rows.get(0).fields()).containsExactly(new FieldChange("stage", relma.stage().name(), "PHASE_2"));
    }

    private static Programme withStage(Programme p, DevelopmentStage stage) {
        return new Programme(p.id(), p.name(), p.organizationId(), p.countryCode(), p.modality(), p.target(),
                p.indication(), stage, p.statusText(), p.partnerIds(), p.description(), p.citations(), p.provenance(),
                p.inferred(), p.analystSources());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** kind:id of every record that links to the organization and so changes when it goes. */
    private static Set<String> linkedTo(Dataset data, String organizationId) {
        Set<String> keys = new HashSet<>();
        data.pipelineListings().stream().filter(l -> l.organizationId().equals(organizationId))
                .forEach(l -> keys.add(RecordKind.PIPELINE_LISTING.key() + ":" + l.id()));
        data.programmes().stream().filter(p -> p.partnerIds().contains(organizationId))
                .forEach(p -> keys.add(RecordKind.PROGRAMME.key() + ":" + p.id()));
        data.events().stream().filter(e -> e.participants().stream().anyMatch(x -> x.organizationId().equals(organizationId)))
                .forEach(e -> keys.add(RecordKind.EVENT.key() + ":" + e.id()));
        data.milestones().stream().filter(m -> m.organizationIds().contains(organizationId))
                .forEach(m -> keys.add(RecordKind.MILESTONE.key() + ":" + m.id()));
        data.people().stream().filter(p -> organizationId.equals(p.organizationId()))
                .forEach(p -> keys.add(RecordKind.PERSON.key() + ":" + p.id()));
        return keys;
    }

    /** kind:id of the child events and people that point at the event. */
    private static Set<String> pointingAt(Dataset data, String eventId) {
        Set<String> keys = new HashSet<>();
        data.events().stream().filter(e -> eventId.equals(e.parentEventId()))
                .forEach(e -> keys.add(RecordKind.EVENT.key() + ":" + e.id()));
        data.people().stream().filter(p -> p.eventIds().contains(eventId))
                .forEach(p -> keys.add(RecordKind.PERSON.key() + ":" + p.id()));
        return keys;
    }

    private static List<String> keys(List<RecordChange> rows) {
        return rows.stream().map(row -> row.kind().key() + ":" + row.recordId()).toList();
    }

    private static RecordChange only(List<RecordChange> rows, RecordKind kind) {
        return rows.stream().filter(row -> row.kind() == kind).reduce((a, b) -> {
            throw new AssertionError("two rows of " + kind);
        }).orElseThrow();
    }

    private static RecordChange only(List<RecordChange> rows, RecordKind kind, String id) {
        return rows.stream().filter(row -> row.kind() == kind && row.recordId().equals(id)).reduce((a, b) -> {
            throw new AssertionError("two rows of " + kind + " " + id);
        }).orElseThrow();
    }

    private static void assertOne(List<RecordChange> rows, RecordKind kind, String id, ChangeOperation operation,
                                  ChangeCause cause) {
        assertThat(rows).extracting(RecordChange::kind, RecordChange::recordId, RecordChange::operation, RecordChange::cause)
                .containsExactly(tuple(kind, id, operation, cause));
    }

    private List<RecordChange> logged(Runnable action) {
        List<RecordChange> rows = new ArrayList<>();
        loggedInto(rows, () -> {
            action.run();
            return null;
        });
        return rows;
    }

    private <T> T loggedInto(List<RecordChange> rows, java.util.function.Supplier<T> action) {
        long before = log.revision();
        T result = action.get();
        rows.addAll(log.between(before, log.revision()));
        return result;
    }

    /** Class.method of every public method of a public class in data that writes, directly or through another. */
    private static Set<String> publicWriteMethods() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cgtatlas.data");
        Set<JavaCodeUnit> writers = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (JavaClass type : classes) {
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (!writers.contains(unit) && writes(unit, writers)) {
                        writers.add(unit);
                        grew = true;
                    }
                }
            }
        }
        Set<String> names = new TreeSet<>();
        for (JavaCodeUnit unit : writers) {
            JavaClass owner = unit.getOwner();
            if (unit instanceof JavaMethod && unit.getModifiers().contains(JavaModifier.PUBLIC)
                    && owner.getModifiers().contains(JavaModifier.PUBLIC) && !owner.isRecord()) {
                names.add(owner.getSimpleName() + "." + unit.getName());
            }
        }
        return names;
    }

    /** A unit writes if it calls JDBC's update or batch, a transaction, or a writer; a lambda's calls count for its method. */
    private static boolean writes(JavaCodeUnit unit, Set<JavaCodeUnit> writers) {
        for (var call : unit.getCallsFromSelf()) {
            String target = call.getTargetOwner().getName() + "." + call.getName();
            if (target.equals("java.sql.PreparedStatement.executeUpdate") || target.equals("java.sql.PreparedStatement.executeBatch")
                    || target.equals("org.cgtatlas.core.db.Database.inTransaction")
                    || call.getTarget().resolveMember().filter(writers::contains).isPresent()) {
                return true;
            }
        }
        for (JavaCodeUnit writer : writers) {
            if (writer.getOwner().equals(unit.getOwner()) && writer.getName().startsWith("lambda$" + unit.getName() + "$")) {
                return true;
            }
        }
        for (var reference : unit.getMethodReferencesFromSelf()) {
            if (reference.getTarget().resolveMember().filter(writers::contains).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
