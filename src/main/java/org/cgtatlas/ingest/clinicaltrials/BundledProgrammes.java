package org.cgtatlas.ingest.clinicaltrials;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.ingest.dataset.DatasetImporter;
import org.cgtatlas.ingest.dataset.DatasetReader;

/** The programmes of the dataset bundled with the app, read once, for the product dictionary. */
enum BundledProgrammes {
    INSTANCE;

    private final List<Programme> programmes = read();

    List<Programme> programmes() {
        return programmes;
    }

    private static List<Programme> read() {
        try (InputStream in = BundledProgrammes.class.getResourceAsStream(DatasetImporter.BUNDLE_RESOURCE)) {
            return List.copyOf(new DatasetReader().read(in, DatasetImporter.BUNDLE_RESOURCE).programmes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DatasetImporter.BUNDLE_RESOURCE, e);
        }
    }
}
