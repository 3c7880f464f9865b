package org.cgtatlas.ingest.clinicaltrials;

import java.util.concurrent.atomic.AtomicLong;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.i18n.Messages;

/**
 * A refresh's progress: the page being fetched (reported from the reading thread), the studies stored (counted on
 * the writing thread, every {@value #EVERY} a report and a check for a cancel), the total the server announced on
 * the first page, and the time left at the rate so far.
 */
final class RefreshProgress {

    static final int EVERY = 500;

    private final Progress progress;
    private final String server;
    private final long started = System.nanoTime();
    private final AtomicLong studies = new AtomicLong();
    private volatile long total = -1;
    private volatile int page;

    RefreshProgress(Progress progress, String server) {
        this.progress = progress;
        this.server = server;
    }

    String connecting() {
        return Messages.get("trials.refresh.connecting", server);
    }

    void pageStarted(int number) {
        page = number;
        report();
    }

    void pagesDone(int pages) {
        page = pages;
    }

    int pages() {
        return page;
    }

    void totalCount(long count) {
        total = count;
    }

    /** -1 when the server did not say. */
    long total() {
        return total;
    }

    void recordRead() {
        if (studies.incrementAndGet() % EVERY == 0) {
            progress.checkCancelled();
            report();
        }
    }

    private void report() {
        long done = studies.get();
        long all = total;
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
        long rate = Math.round(done / seconds);
        if (all > 0) {
            progress.update(Math.min(done, all), all);
            long secondsLeft = done == 0 ? 0 : Math.round(seconds * Math.max(0, all - done) / done);
            progress.message(Messages.get("trials.refresh.progress", server, page, done, all, rate, secondsLeft));
        } else {
            progress.message(Messages.get("trials.refresh.progress.noTotal", server, page, done, rate));
        }
    }
}
