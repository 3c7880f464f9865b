package org.cgtatlas.ingest;

import java.util.function.LongSupplier;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.i18n.Messages;

/**
 * Reports an import's progress every {@value #EVERY} records: the share of the file's bytes read, and a message
 * with the records read, the rate and the time left. Checks for cancellation at the same moments.
 */
public final class ImportProgress {

    static final int EVERY = 500;

    private final Progress progress;
    private final String fileName;
    private final long fileSize;
    private final LongSupplier bytesRead;
    private final long started = System.nanoTime();
    private long records;

    public ImportProgress(Progress progress, String fileName, long fileSize, LongSupplier bytesRead) {
        this.progress = progress;
        this.fileName = fileName;
        this.fileSize = fileSize;
        this.bytesRead = bytesRead;
    }

    /** Counts one record; every {@value #EVERY} records reports and throws if the user cancelled. */
    public void recordRead() {
        if (++records % EVERY == 0) {
            progress.checkCancelled();
            report();
        }
    }

    private void report() {
        long bytes = bytesRead.getAsLong();
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
        long rate = Math.round(records / seconds);
        long secondsLeft = bytes == 0 ? 0 : Math.round(seconds * (fileSize - bytes) / bytes);
        progress.update(bytes, fileSize);
        progress.message(Messages.get("trials.import.progress", fileName, records, rate, secondsLeft));
    }
}
