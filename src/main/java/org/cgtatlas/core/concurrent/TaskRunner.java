package org.cgtatlas.core.concurrent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cgtatlas.core.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's {@link TaskExecutor}: database and file work on the one {@code cgt-atlas-db} thread (H2 access stays
 * serial and ordered), in-memory work on a small {@code cgt-atlas-compute} pool, handlers on the UI thread.
 * A task counts as running until its work has returned, so a cancelled task is reported cancelled only once it has
 * stopped. The status bar follows the oldest running user task (an import), else the newest task.
 */
public final class TaskRunner implements TaskExecutor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);
    private static final int COMPUTE_THREADS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors() - 1));

    private final ExecutorService database = Executors.newSingleThreadExecutor(daemon("cgt-atlas-db", false));
    private final ExecutorService compute = Executors.newFixedThreadPool(COMPUTE_THREADS, daemon("cgt-atlas-compute-", true));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("cgt-atlas-timer", false));
    private final Executor ui;
    private final Consumer<Throwable> defaultErrorHandler;
    /** Touched on the UI thread only. */
    private final List<Running<?>> running = new ArrayList<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** Handlers on the FX thread. */
    public TaskRunner(Consumer<Throwable> defaultErrorHandler) {
        this(Platform::runLater, defaultErrorHandler);
    }

    /** Handlers on the thread behind {@code ui} (the FX thread in the app; a single thread of their own in tests). */
    public TaskRunner(Executor ui, Consumer<Throwable> defaultErrorHandler) {
        this.ui = ui;
        this.defaultErrorHandler = defaultErrorHandler;
    }

    private static ThreadFactory daemon(String name, boolean numbered) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, numbered ? name + count.incrementAndGet() : name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public <T> TaskHandle execute(TaskBuilder<T> task) {
        Running<T> started = new Running<>(task);
        running.add(started);
        updateStatus();
        (task.lane() == Lane.DATABASE ? database : compute).execute(started::run);
        return started;
    }

    @Override
    public void submit(Runnable work) {
        database.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("Background work failed", e);
            }
        });
    }

    @Override
    public TaskHandle later(Duration delay, Runnable action) {
        AtomicBoolean cancelled = new AtomicBoolean();
        ScheduledFuture<?> timeout = timer.schedule(() -> ui.execute(() -> {
            if (!cancelled.get()) {
                action.run();
            }
        }), delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> {
            cancelled.set(true);
            timeout.cancel(false);
        };
    }

    private void finished(Running<?> task) {
        running.remove(task);
        updateStatus();
    }

    private void updateStatus() {
        busy.set(!running.isEmpty());
        Running<?> followed = followed();
        cancellable.set(followed != null && followed.task.isUserTask());
        if (followed == null) {
            progress.unbind();
            message.unbind();
            progress.set(-1);
            message.set("");
        } else {
            progress.bind(followed.progress);
            message.bind(followed.message);
        }
    }

    /** The oldest running user task, else the newest task. */
    private Running<?> followed() {
        return running.stream().filter(task -> task.task.isUserTask()).findFirst()
                .orElse(running.isEmpty() ? null : running.get(running.size() - 1));
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while a user task runs: Cancel has something to stop. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Asks the oldest running user task to stop, by its flag; the work stops at its next check and its handlers then
     * say how it ended (cancelled, or finished after all). Work started by screens (loads, searches) is not touched.
     */
    public void cancelCurrent() {
        running.stream().filter(task -> task.task.isUserTask()).findFirst().ifPresent(Running::cancel);
    }

    /** Lets queued work finish (bounded), then stops the threads; none is interrupted. */
    @Override
    public void close() {
        timer.shutdownNow();
        compute.shutdown();
        database.shutdown();
        try {
            if (!database.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running after 30 s at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One task from start to its handlers; the {@link Progress} its work sees. */
    private final class Running<T> implements TaskHandle, Progress {

        private final TaskBuilder<T> task;
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyStringWrapper message;
        private final AtomicBoolean updatePending = new AtomicBoolean();
        private volatile boolean cancelRequested;
        private volatile double fraction = -1;
        private volatile String workMessage;

        Running(TaskBuilder<T> task) {
            this.task = task;
            this.message = new ReadOnlyStringWrapper(task.title());
        }

        /** On the task's lane. */
        void run() {
            try {
                T value = task.work().run(this);
                ui.execute(() -> {
                    finished(this);
                    task.succeeded(value);
                });
            } catch (Throwable error) {
                ui.execute(() -> {
                    finished(this);
                    task.failed(error, defaultErrorHandler);
                });
            }
        }

        @Override
        public void cancel() {
            cancelRequested = true;
            ui.execute(this::show);
        }

        @Override
        public boolean isCancelled() {
            return cancelRequested;
        }

        @Override
        public void update(long done, long total) {
            fraction = total <= 0 ? -1 : Math.min(1, (double) done / total);
            showSoon();
        }

        @Override
        public void message(String text) {
            workMessage = text;
            showSoon();
        }

        /** Progress can come fast; the UI thread is asked once until it has shown the latest. */
        private void showSoon() {
            if (updatePending.compareAndSet(false, true)) {
                ui.execute(() -> {
                    updatePending.set(false);
                    show();
                });
            }
        }

        private void show() {
            progress.set(fraction);
            String text = workMessage == null || workMessage.isEmpty() ? task.title() : workMessage;
            message.set(cancelRequested ? Messages.get("status.cancelling", task.title()) : text);
        }
    }
}
