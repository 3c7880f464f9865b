package org.cgtatlas.ingest.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatasetHeaderTest {

    @Test
    void theVersionIsFoundAfterFieldsOfAnyShape() throws IOException {
        assertThat(version("{\"format\": \"cgt-atlas-dataset\", \"sources\": [{\"datasetVersion\": \"inner\"}], "
                + "\"meta\": {\"datasetVersion\": \"nested\"}, \"datasetVersion\": \"2026.12.0\", \"events\": []}"))
                .contains("2026.12.0");
    }

    @Test
    void aFileWithoutATopLevelStringVersionHasNone() throws IOException {
        assertThat(version("{\"format\": \"cgt-atlas-dataset\", \"sources\": []}")).isEmpty();
        assertThat(version("{\"datasetVersion\": 3}")).isEmpty();
        assertThat(version("[{\"datasetVersion\": \"2026.12.0\"}]")).isEmpty();
    }

    @Test
    void theBundleNamesTheVersionItsFullReadGives() throws IOException {
        try (InputStream in = DatasetHeaderTest.class.getResourceAsStream(DatasetImporter.BUNDLE_RESOURCE)) {
            assertThat(DatasetHeader.version(in)).contains(new DatasetImporter(null).bundled().datasetVersion());
        }
    }

    private static Optional<String> version(String json) throws IOException {
        return DatasetHeader.version(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
