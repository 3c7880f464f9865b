package org.cgtatlas.ingest.clinicaltrials.api;

import java.time.Duration;

/** Waiting between requests (pacing, retry backoff); tests and benchmarks pass one that records or skips the waits. */
@FunctionalInterface
public interface Pause {

    void pause(Duration duration);
}
