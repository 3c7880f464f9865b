package org.cgtatlas.core.concurrent;

import java.time.Duration;

/**
 * Runs background work and hands its outcome back on the UI thread (in the spirit of JabRef's {@code TaskExecutor}).
 * The app's is {@link TaskRunner}: one database thread, a small compute pool, the FX thread for the handlers; tests
 * use one that runs everything on the calling thread. Every method is called on the UI thread.
 */
public interface TaskExecutor {

    /** Work on the given lane; the handlers run on the UI thread. */
    default <T> TaskBuilder<T> task(Lane lane, String title, BackgroundWork<T> work) {
        return new TaskBuilder<>(this, lane, title, work);
    }

    /** Work on the database thread: everything that reads or writes the database or files. */
    default <T> TaskBuilder<T> task(String title, BackgroundWork<T> work) {
        return task(Lane.DATABASE, title, work);
    }

    /** In-memory work on the compute pool (filter, sort, search, layout); it must not touch the database. */
    default <T> TaskBuilder<T> compute(String title, BackgroundWork<T> work) {
        return task(Lane.COMPUTE, title, work);
    }

    /** Starts a described task; {@link TaskBuilder#start()} calls this. */
    <T> TaskHandle execute(TaskBuilder<T> task);

    /** Runs plain work on the database thread without handlers, e.g. saving settings; a failure is logged. */
    void submit(Runnable work);

    /** Runs the action on the UI thread after the delay, unless the returned handle is cancelled first. */
    TaskHandle later(Duration delay, Runnable action);
}
