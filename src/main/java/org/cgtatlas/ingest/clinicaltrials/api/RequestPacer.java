package org.cgtatlas.ingest.clinicaltrials.api;

import java.time.Duration;

/** Keeps requests at least {@code interval} apart (the registry asks for about one a second). */
final class RequestPacer {

    private final long intervalNanos;
    private final Pause pause;
    private long lastRequest;
    private boolean first = true;

    RequestPacer(Duration interval, Pause pause) {
        this.intervalNanos = interval.toNanos();
        this.pause = pause;
    }

    /** Waits until the next request may go, then counts it as sent. */
    synchronized void awaitTurn() {
        long now = System.nanoTime();
        if (!first && intervalNanos > 0) {
            long wait = lastRequest + intervalNanos - now;
            if (wait > 0) {
                pause.pause(Duration.ofNanos(wait));
                now = System.nanoTime();
            }
        }
        first = false;
        lastRequest = now;
    }
}
