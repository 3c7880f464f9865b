package org.cgtatlas.core.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs database and file work on one background thread and hands results back on the FX thread.
 * The single thread keeps H2 access serial and ordered; the status bar watches {@link #busyProperty()}.
 */
public final class TaskRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final ExecutorService executor;
    private final Consumer<Throwable> defaultErrorHandler;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public TaskRunner(Consumer<Throwable> defaultErrorHandler) {
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cgt-atlas-db");
            thread.setDaemon(true);
            return thread;
        });
        this.defaultErrorHandler = defaultErrorHandler;
        busy.bind(Bindings.isNotEmpty(running));
    }

    public <T> TaskBuilder<T> task(String title, BackgroundWork<T> work) {
        return new TaskBuilder<>(this, title, work);
    }

    /** Runs plain work on the background thread without FX callbacks, e.g. saving settings at shutdown. */
    public void submit(Runnable work) {
        executor.submit(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("Background work failed", e);
            }
        });
    }

    <T> Task<T> start(Task<T> task) {
        running.add(task);
        watch(task);
        executor.submit(task);
        return task;
    }

    void finished(Task<?> task) {
        running.remove(task);
        if (running.isEmpty()) {
            progress.unbind();
            message.unbind();
            progress.set(-1);
            message.set("");
        } else {
            watch(running.get(running.size() - 1));
        }
    }

    private void watch(Task<?> task) {
        progress.bind(task.progressProperty());
        message.bind(Bindings.when(task.messageProperty().isEmpty()).then(task.titleProperty()).otherwise(task.messageProperty()));
    }

    Consumer<Throwable> defaultErrorHandler() {
        return defaultErrorHandler;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Cancels the newest running task by its flag; the work stops at its next check. */
    public void cancelCurrent() {
        if (!running.isEmpty()) {
            running.get(running.size() - 1).cancel(false);
        }
    }

    /** Lets queued work finish (bounded), then stops the thread. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running after 30 s at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
