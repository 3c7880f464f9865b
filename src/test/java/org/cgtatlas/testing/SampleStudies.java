package org.cgtatlas.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The real API v2 study objects of {@code ctgov-api-v2-100.json}, each as compact JSON text, to serve from a stand-in. */
public final class SampleStudies {

    private SampleStudies() {
    }

    public static List<String> apiV2() {
        ObjectMapper mapper = new ObjectMapper();
        try {
            List<String> studies = new ArrayList<>();
            for (JsonNode study : mapper.readTree(Samples.of("ctgov-api-v2-100.json").toFile())) {
                studies.add(mapper.writeValueAsString(study));
            }
            return studies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
