package org.cgtatlas.export.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicInteger;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.files.AtomicFileWriter;
import org.cgtatlas.core.files.Sha256;
import org.cgtatlas.export.ExportFailure;

/** Writes a snapshot PDF to a file all or nothing: a failure or a cancel leaves no partial file behind. */
public final class SnapshotPdfWriter {

    /** A PDF written: its pages and the SHA-256 (lower-case hex) of the bytes that went into the file. */
    public record WrittenPdf(int pages, String sha256) {
    }

    private SnapshotPdfWriter() {
    }

    /** Throws {@link ExportFailure} with a message saying what and where. */
    public static WrittenPdf write(SnapshotReport report, Path target, Progress progress) {
        AtomicInteger pages = new AtomicInteger();
        MessageDigest sha256 = Sha256.newDigest();
        try {
            AtomicFileWriter.write(target, out -> {
                DigestOutputStream digesting = new DigestOutputStream(out, sha256);
                pages.set(report.writeTo(digesting, progress));
                digesting.flush();
            });
        } catch (IOException e) {
            throw ExportFailure.cannotWrite(target, e);
        }
        return new WrittenPdf(pages.get(), Sha256.hex(sha256));
    }
}
