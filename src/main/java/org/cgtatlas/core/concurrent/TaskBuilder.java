package org.cgtatlas.core.concurrent;

import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/** Describes one background task: what to do with the result, with an error, and always afterwards. */
public final class TaskBuilder<T> {

    private final TaskRunner runner;
    private final String title;
    private final BackgroundWork<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onError;
    private Runnable onCancelled = () -> { };
    private Runnable andFinally = () -> { };

    TaskBuilder(TaskRunner runner, String title, BackgroundWork<T> work) {
        this.runner = runner;
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

    public TaskBuilder<T> onCancelled(Runnable handler) {
        this.onCancelled = handler;
        return this;
    }

    public TaskBuilder<T> andFinally(Runnable handler) {
        this.andFinally = handler;
        return this;
    }

    /** Queues the task on the background thread; the handlers run on the FX thread. */
    public Task<T> start() {
        Task<T> task = new WorkTask<>(title, work);
        Consumer<Throwable> errorHandler = onError != null ? onError : runner.defaultErrorHandler();
        task.stateProperty().addListener((observable, before, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                complete(task, () -> onSuccess.accept(task.getValue()));
            } else if (state == Worker.State.FAILED) {
                Throwable error = task.getException();
                complete(task, error instanceof CancelledException ? onCancelled : () -> errorHandler.accept(error));
            } else if (state == Worker.State.CANCELLED) {
                complete(task, onCancelled);
            }
        });
        return runner.start(task);
    }

    private void complete(Task<T> task, Runnable outcome) {
        try {
            outcome.run();
        } finally {
            runner.finished(task);
            andFinally.run();
        }
    }

    private static final class WorkTask<T> extends Task<T> {

        private final BackgroundWork<T> work;

        WorkTask(String title, BackgroundWork<T> work) {
            this.work = work;
            updateTitle(title);
        }

        @Override
        protected T call() throws Exception {
            return work.run(new Progress() {
                @Override
                public void update(long done, long total) {
                    updateProgress(done, total);
                }

                @Override
                public void message(String message) {
                    updateMessage(message);
                }

                @Override
                public boolean isCancelled() {
                    return WorkTask.this.isCancelled();
                }
            });
        }
    }
}
