package org.cgtatlas.core.concurrent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A {@link TaskExecutor} for tests of controllers without the toolkit: a task's work and its handlers run at once on
 * the calling thread, a failure nobody handles is thrown at the test, and delayed actions wait for
 * {@link #advance(Duration)} on a clock of its own. It keeps the titles of the tasks run, lane first.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private final List<String> ran = new ArrayList<>();
    private final List<Delayed> delayed = new ArrayList<>();
    private Duration now = Duration.ZERO;

    private record Delayed(Duration due, Runnable action) {
    }

    @Override
    public <T> TaskHandle execute(TaskBuilder<T> task) {
        ran.add(task.lane() + " " + task.title());
        T value;
        try {
            value = task.work().run(Progress.NONE);
        } catch (Exception e) {
            task.failed(e, CurrentThreadTaskExecutor::unhandled);
            return () -> { };
        }
        task.succeeded(value);
        return () -> { };
    }

    private static void unhandled(Throwable error) {
        throw new AssertionError("Background work failed and nobody handled it", error);
    }

    @Override
    public void submit(Runnable work) {
        ran.add(Lane.DATABASE + " (submitted)");
        work.run();
    }

    @Override
    public TaskHandle later(Duration delay, Runnable action) {
        Delayed entry = new Delayed(now.plus(delay), action);
        delayed.add(entry);
        return () -> delayed.remove(entry);
    }

    /** Moves the clock on and runs, in order, every delayed action that has come due. */
    public void advance(Duration time) {
        now = now.plus(time);
        while (true) {
            Delayed next = delayed.stream().filter(entry -> entry.due().compareTo(now) <= 0)
                    .min(Comparator.comparing(Delayed::due)).orElse(null);
            if (next == null) {
                return;
            }
            delayed.remove(next);
            next.action().run();
        }
    }

    /** The tasks run so far, each as its lane and title ("COMPUTE Filtering"), oldest first. */
    public List<String> ran() {
        return List.copyOf(ran);
    }

    /** How many tasks ran on the lane. */
    public long ranOn(Lane lane) {
        return ran.stream().filter(entry -> entry.startsWith(lane + " ")).count();
    }

    public void forget() {
        ran.clear();
    }
}
