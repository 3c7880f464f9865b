package org.cgtatlas.ingest.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.DatasetRepository;
import org.cgtatlas.domain.Dataset;
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
