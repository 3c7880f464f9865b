package org.cgtatlas.export.dataset;

import java.io.IOException;
import java.nio.file.Path;
import org.cgtatlas.core.files.AtomicFileWriter;
import org.cgtatlas.data.DatasetRepository;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.ingest.dataset.DatasetJson;

/** Writes the whole stored dataset, with citations and full source texts, as one JSON document. */
public final class DatasetJsonExporter {

    private final DatasetRepository repository;

    public DatasetJsonExporter(DatasetRepository repository) {
        this.repository = repository;
    }

    public Dataset export(Path file) throws IOException {
        Dataset dataset = repository.load();
        var writer = DatasetJson.mapper().writer();
        AtomicFileWriter.write(file, out -> writer.writeValue(new NonClosingStream(out), dataset));
        return dataset;
    }

    /** Jackson closes the stream it writes to; the atomic writer must close it itself, after forcing it. */
    private static final class NonClosingStream extends java.io.FilterOutputStream {
        NonClosingStream(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
