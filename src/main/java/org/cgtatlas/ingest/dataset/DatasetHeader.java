package org.cgtatlas.ingest.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a dataset file's {@code datasetVersion} without reading the records: a streaming pass over the top-level
 * fields that stops at the version. At start-up this answers "is the bundle newer?" without loading the data binding
 * (hundreds of classes) or the whole bundle, which is only read when it is to be written.
 */
final class DatasetHeader {

    private static final String VERSION_FIELD = "datasetVersion";

    private DatasetHeader() {
    }

    /** The version, or empty when the top-level object has none (such a file is refused by the full read). */
    static Optional<String> version(InputStream in) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (VERSION_FIELD.equals(field)) {
                    return value == JsonToken.VALUE_STRING ? Optional.of(parser.getText()) : Optional.empty();
                }
                parser.skipChildren();
            }
            return Optional.empty();
        }
    }
}
