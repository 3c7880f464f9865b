package org.cgtatlas.ingest.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.DatasetRepository;
import org.cgtatlas.data.EventRepository;
import org.cgtatlas.data.ProgrammeRepository;
import org.cgtatlas.domain.AnalystSource;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.EventParticipant;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.RecordOrigin;
import org.cgtatlas.export.dataset.DatasetJsonExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export → import into an empty folder → export gives the same document. */
class DatasetRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void exportImportExportGivesTheSameContent() throws Exception {
        Path first = folder.resolve("first.json");
        Path second = folder.resolve("second.json");
        Dataset exported;
        try (Database original = Database.open(folder.resolve("original"))) {
            DatasetRepository repository = new DatasetRepository(original);
            new DatasetImporter(repository).loadBundleIfNewer();
            exported = new DatasetJsonExporter(repository).export(first);
        }
        try (Database empty = Database.open(folder.resolve("empty"))) {
            DatasetRepository repository = new DatasetRepository(empty);
            new DatasetImporter(repository).importFile(first);
            new DatasetJsonExporter(repository).export(second);
        }

        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        Dataset bundled = new DatasetImporter(null).bundled();
        assertThat(exported.organizations()).hasSameSizeAs(bundled.organizations());
        assertThat(exported.events()).hasSameSizeAs(bundled.events());
        assertThat(exported.programmes()).hasSameSizeAs(bundled.programmes());
        assertThat(exported.people()).hasSameSizeAs(bundled.people());
        assertThat(exported.sources()).extracting(source -> source.text())
                .containsExactlyInAnyOrderElementsOf(bundled.sources().stream().map(source -> source.text()).toList());
        assertThat(Files.readString(first)).contains("一般社団法人日本再生医療学会");
        assertThat(markers(exported)).as("every bundled inference marker survives the export")
                .isNotEmpty().isEqualTo(markers(bundled));
    }

    @Test
    void inferenceMarkersSurviveImportExportImport() throws Exception {
        Path file = Path.of(getClass().getResource("/org/cgtatlas/ingest/dataset/bundle-v2.json").toURI());
        Dataset original = new DatasetReader().read(Files.newInputStream(file), file.toString());
        Path exportedFile = folder.resolve("exported.json");
        try (Database first = Database.open(folder.resolve("first"))) {
            DatasetRepository repository = new DatasetRepository(first);
            new DatasetImporter(repository).importFile(file);
            new DatasetJsonExporter(repository).export(exportedFile);
        }
        Dataset reimported;
        try (Database second = Database.open(folder.resolve("second"))) {
            DatasetRepository repository = new DatasetRepository(second);
            new DatasetImporter(repository).importFile(exportedFile);
            reimported = repository.load();
        }
        assertThat(markers(original)).hasSize(4);
        assertThat(markers(reimported)).isEqualTo(markers(original));
        assertThat(Files.readString(exportedFile)).contains("\"formatVersion\" : " + Dataset.FORMAT_VERSION);
    }

    @Test
    void analystsSourcesAndRecordsWithoutAnySourceSurviveExportImportExport() throws Exception {
        AnalystSource web = new AnalystSource("https://www.example.com/news/gc-cell", "GC Cell licenses its CAR-NK",
                "Example News", PartialDate.ofMonth(2026, 11), "GC Cell signed a licence", LocalDate.of(2026, 11, 30));
        AnalystSource document = new AnalystSource(null, "GC Cell annual report 2025", "GC Cell", PartialDate.ofYear(2025),
                null, LocalDate.of(2026, 12, 1));
        Provenance entered = Provenance.editedNowBy(RecordOrigin.USER, "analyst");
        Programme sourced = new Programme("prog-user-sourced", "Sourced-cel", "org-jw-therapeutics", "CN", Modality.CAR_T,
                null, null, null, null, List.of(), null, List.of(), entered, List.of(), List.of(web, document));
        Programme unsourced = new Programme("prog-user-unsourced", "Unsourced-cel", "org-jw-therapeutics", "CN", null, null,
                null, null, null, List.of(), null, List.of(), entered);
        CollaborationEvent event = new CollaborationEvent("evt-user-sourced", EventType.LICENSING, "Sourced licence",
                PartialDate.ofMonth(2026, 11), null, List.of(new EventParticipant("org-jw-therapeutics", null)),
                List.of("CN"), null, null, null, null, null, List.of(), entered, List.of(), List.of(document));
        Path first = folder.resolve("first.json");
        Path second = folder.resolve("second.json");
        try (Database original = Database.open(folder.resolve("original"))) {
            DatasetRepository repository = new DatasetRepository(original);
            new DatasetImporter(repository).loadBundleIfNewer();
            new ProgrammeRepository(original).save(sourced);
            new ProgrammeRepository(original).save(unsourced);
            new EventRepository(original).save(event);
            new DatasetJsonExporter(repository).export(first);
        }
        Dataset reimported;
        try (Database empty = Database.open(folder.resolve("empty"))) {
            DatasetRepository repository = new DatasetRepository(empty);
            new DatasetImporter(repository).importFile(first);
            new DatasetJsonExporter(repository).export(second);
            reimported = repository.load();
        }

        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        assertThat(Files.readString(first)).contains("\"analystSources\" : [ {", "\"accessedOn\" : \"2026-11-30\"");
        assertThat(reimported.programmes()).filteredOn(programme -> programme.id().equals(sourced.id())).singleElement()
                .satisfies(programme -> assertThat(programme.analystSources()).containsExactly(web, document));
        assertThat(reimported.programmes()).filteredOn(programme -> programme.id().equals(unsourced.id())).singleElement()
                .satisfies(programme -> assertThat(programme.hasNoSource()).isTrue());
        assertThat(reimported.events()).filteredOn(stored -> stored.id().equals(event.id())).singleElement()
                .satisfies(stored -> assertThat(stored.analystSources()).containsExactly(document));
    }

    /** Every marker of a dataset, keyed by its record's id: "org-beta.type" → reason. */
    private static Map<String, String> markers(Dataset dataset) {
        Map<String, String> markers = new TreeMap<>();
        Stream.of(dataset.organizations().stream().map(r -> Map.entry(r.id(), r.inferred())),
                        dataset.metrics().stream().map(r -> Map.entry(r.id(), r.inferred())),
                        dataset.milestones().stream().map(r -> Map.entry(r.id(), r.inferred())),
                        dataset.pipelineListings().stream().map(r -> Map.entry(r.id(), r.inferred())),
                        dataset.programmes().stream().map(r -> Map.entry(r.id(), r.inferred())),
                        dataset.events().stream().map(r -> Map.entry(r.id(), r.inferred())),
                        dataset.people().stream().map(r -> Map.entry(r.id(), r.inferred())))
                .flatMap(records -> records)
                .forEach(record -> record.getValue().forEach(inference ->
                        markers.put(record.getKey() + "." + inference.field(), inference.reason())));
        return markers;
    }
}
