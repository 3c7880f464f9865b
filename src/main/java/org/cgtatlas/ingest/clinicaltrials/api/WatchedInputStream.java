package org.cgtatlas.ingest.clinicaltrials.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A response body read under watch: when no byte arrives for the read timeout, or the user cancels, the body is
 * closed from the watchdog thread, which ends a read blocked on a stalled server. Reads then fail with a
 * {@link StoppedReadException} saying which of the two happened.
 */
final class WatchedInputStream extends FilterInputStream {

    /** Reading stopped on purpose: the server went quiet for too long, or the user cancelled. */
    static final class StoppedReadException extends IOException {

        private static final long serialVersionUID = 1L;
        private final boolean cancelled;

        StoppedReadException(String message, boolean cancelled) {
            super(message);
            this.cancelled = cancelled;
        }

        boolean cancelled() {
            return cancelled;
        }
    }

    private final Duration readTimeout;
    private final BooleanSupplier cancelled;
    private final ScheduledFuture<?> watch;
    private volatile long lastProgress = System.nanoTime();
    private volatile StoppedReadException stopped;

    WatchedInputStream(InputStream in, Duration readTimeout, BooleanSupplier cancelled, ScheduledExecutorService watchdog) {
        super(in);
        this.readTimeout = readTimeout;
        this.cancelled = cancelled;
        long period = Math.max(10, Math.min(250, readTimeout.toMillis() / 4));
        this.watch = watchdog.scheduleWithFixedDelay(this::check, period, period, TimeUnit.MILLISECONDS);
    }

    private void check() {
        if (stopped != null) {
            return;
        }
        if (cancelled.getAsBoolean()) {
            stop(new StoppedReadException("cancelled", true));
        } else if (System.nanoTime() - lastProgress > readTimeout.toNanos()) {
            stop(new StoppedReadException("no data from the server for " + readTimeout.toSeconds() + " s (read timeout)", false));
        }
    }

    private void stop(StoppedReadException reason) {
        stopped = reason;
        watch.cancel(false);
        try {
            in.close();
        } catch (IOException e) {
            reason.addSuppressed(e);
        }
    }

    @Override
    public int read() throws IOException {
        try {
            int b = super.read();
            lastProgress = System.nanoTime();
            return b;
        } catch (IOException e) {
            throw stoppedOr(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            int n = super.read(buffer, offset, length);
            lastProgress = System.nanoTime();
            return n;
        } catch (IOException e) {
            throw stoppedOr(e);
        }
    }

    private IOException stoppedOr(IOException failure) {
        return stopped != null ? stopped : failure;
    }

    @Override
    public void close() throws IOException {
        watch.cancel(false);
        super.close();
    }
}
