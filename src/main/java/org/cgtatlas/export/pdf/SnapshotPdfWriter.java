package org.cgtatlas.export.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.files.AtomicFileWriter;
import org.cgtatlas.export.ExportFailure;

/** Writes a snapshot PDF to a file all or nothing: a failure or a cancel leaves no partial file behind. */
public final class SnapshotPdfWriter {

    private SnapshotPdfWriter() {
    }

    /** Returns the number of pages written; throws {@link ExportFailure} with a message saying what and where. */
    public static int write(SnapshotReport report, Path target, Progress progress) {
        AtomicInteger pages = new AtomicInteger();
        try {
            AtomicFileWriter.write(target, out -> pages.set(report.writeTo(out, progress)));
        } catch (IOException e) {
            throw ExportFailure.cannotWrite(target, e);
        }
        return pages.get();
    }
}
