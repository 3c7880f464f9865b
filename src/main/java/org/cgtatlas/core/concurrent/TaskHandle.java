package org.cgtatlas.core.concurrent;

/** A started task. */
@FunctionalInterface
public interface TaskHandle {

    /** Asks the work to stop at its next check (a flag, never an interrupt); its handlers still tell how it ended. */
    void cancel();
}
