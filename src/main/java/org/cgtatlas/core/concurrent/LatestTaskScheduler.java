package org.cgtatlas.core.concurrent;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Runs the newest of a stream of requests (in the spirit of MZmine's {@code LatestTaskScheduler}): a request first
 * waits out the debounce, and a newer one replaces it; an older request's work is asked to stop, and whatever it
 * returns is dropped, so a slow earlier answer never overwrites a later one. Called on the UI thread only.
 *
 * @param <T> what a request computes
 */
public final class LatestTaskScheduler<T> {

    private final TaskExecutor executor;
    private final Lane lane;
    private final Duration debounce;
    private long newest;
    private TaskHandle waiting;
    private TaskHandle running;

    public LatestTaskScheduler(TaskExecutor executor, Lane lane, Duration debounce) {
        this.executor = executor;
        this.lane = lane;
        this.debounce = debounce;
    }

    /** Replaces any earlier request; after the debounce, runs {@code work} and hands its result to {@code onResult}. */
    public void schedule(String title, BackgroundWork<T> work, Consumer<T> onResult) {
        schedule(debounce, title, work, onResult);
    }

    /** As {@link #schedule(String, BackgroundWork, Consumer)}, waiting {@code pause} instead of the usual debounce. */
    public void schedule(Duration pause, String title, BackgroundWork<T> work, Consumer<T> onResult) {
        long request = ++newest;
        stopWaiting();
        Runnable start = () -> {
            waiting = null;
            stopRunning();
            running = executor.task(lane, title, work)
                    .onSuccess(onResult)
                    .droppedIf(() -> request != newest)
                    .start();
        };
        if (pause.isZero()) {
            start.run();
        } else {
            waiting = executor.later(pause, start);
        }
    }

    /** Forgets every request: nothing waiting starts, and no answer still to come is handed on. */
    public void cancel() {
        newest++;
        stopWaiting();
        stopRunning();
    }

    private void stopWaiting() {
        if (waiting != null) {
            waiting.cancel();
            waiting = null;
        }
    }

    private void stopRunning() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }
}
