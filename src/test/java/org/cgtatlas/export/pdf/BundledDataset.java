package org.cgtatlas.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.ingest.dataset.DatasetImporter;
import org.cgtatlas.ingest.dataset.DatasetReader;
import org.cgtatlas.landscape.Landscape;

/** The dataset that ships with the app, read straight from its resource, for tests of the report. */
public final class BundledDataset {

    public static final ZonedDateTime EXPORTED = ZonedDateTime.of(2026, 11, 23, 9, 30, 0, 0, ZoneOffset.UTC);

    private BundledDataset() {
    }

    public static Dataset load() {
        try (InputStream in = BundledDataset.class.getResourceAsStream(DatasetImporter.BUNDLE_RESOURCE)) {
            return new DatasetReader().read(in, "east-asia-cgt.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReportData reportData(ReportFilter filter) {
        return ReportDataAssembler.assemble(Landscape.of(load()), filter, EXPORTED);
    }
}
