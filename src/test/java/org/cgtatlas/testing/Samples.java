package org.cgtatlas.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The real ClinicalTrials.gov exports of {@code ../shared/samples}, kept gzipped in the test resources (with their
 * README's per-country counts) so the tests run from any clone. Each is unpacked once per test run, into a
 * temporary folder, as the file an analyst would import.
 */
public final class Samples {

    private static final String RESOURCES = "/org/cgtatlas/testing/samples/";
    private static Path folder;

    private Samples() {
    }

    public static synchronized Path of(String file) {
        try {
            if (folder == null) {
                folder = Files.createTempDirectory("cgt-atlas-samples-");
                folder.toFile().deleteOnExit();
            }
            Path unpacked = folder.resolve(file);
            if (Files.notExists(unpacked)) {
                try (InputStream packed = Samples.class.getResourceAsStream(RESOURCES + file + ".gz")) {
                    if (packed == null) {
                        throw new IllegalArgumentException("No sample export named " + file + " in " + RESOURCES);
                    }
                    try (InputStream in = new GZIPInputStream(packed)) {
                        Files.copy(in, unpacked);
                    }
                }
                unpacked.toFile().deleteOnExit();
            }
            return unpacked;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the sample export " + file, e);
        }
    }
}
