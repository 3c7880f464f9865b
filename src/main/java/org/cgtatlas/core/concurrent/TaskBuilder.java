package org.cgtatlas.core.concurrent;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Describes one background task: where it runs, what to do with the result, with an error, and always afterwards. */
public final class TaskBuilder<T> {

    private final TaskExecutor executor;
    private final Lane lane;
    private final String title;
    private final BackgroundWork<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onError;
    private Runnable onCancelled = () -> { };
    private Runnable andFinally = () -> { };
    private boolean userTask;
    private BooleanSupplier stale = () -> false;

    TaskBuilder(TaskExecutor executor, Lane lane, String title, BackgroundWork<T> work) {
        this.executor = executor;
        this.lane = lane;
        this.title = title;
        this.work = work;
    }

    public TaskBuilder<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = handler;
        return this;
    }

    public TaskBuilder<T> onError(Consumer<Throwable> handler) {
        this.onError = handler;
        return this;
    }

    /** Runs only once the work has really stopped on a cancel (thrown {@link CancelledException}); work that finished anyway succeeds. */
    public TaskBuilder<T> onCancelled(Runnable handler) {
        this.onCancelled = handler;
        return this;
    }

    public TaskBuilder<T> andFinally(Runnable handler) {
        this.andFinally = handler;
        return this;
    }

    /** A long task the user started (an import, an export): the status bar follows it and Cancel stops it. */
    public TaskBuilder<T> userTask() {
        this.userTask = true;
        return this;
    }

    /** Drops the outcome (no success, error or cancel handler runs) if the condition holds when the work ends. */
    TaskBuilder<T> droppedIf(BooleanSupplier condition) {
        this.stale = condition;
        return this;
    }

    /** Starts the task on its lane; the handlers run on the UI thread. */
    public TaskHandle start() {
        return executor.execute(this);
    }

    Lane lane() {
        return lane;
    }

    String title() {
        return title;
    }

    BackgroundWork<T> work() {
        return work;
    }

    boolean isUserTask() {
        return userTask;
    }

    /** On the UI thread: the work returned {@code value}. */
    void succeeded(T value) {
        complete(() -> onSuccess.accept(value));
    }

    /** On the UI thread: the work threw; a {@link CancelledException} means it stopped on a cancel. */
    void failed(Throwable error, Consumer<Throwable> defaultErrorHandler) {
        Consumer<Throwable> errorHandler = onError != null ? onError : defaultErrorHandler;
        complete(error instanceof CancelledException ? onCancelled : () -> errorHandler.accept(error));
    }

    private void complete(Runnable outcome) {
        try {
            if (!stale.getAsBoolean()) {
                outcome.run();
            }
        } finally {
            andFinally.run();
        }
    }
}
