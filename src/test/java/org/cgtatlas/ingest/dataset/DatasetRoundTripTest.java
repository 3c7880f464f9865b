package org.cgtatlas.ingest.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
    }
}
