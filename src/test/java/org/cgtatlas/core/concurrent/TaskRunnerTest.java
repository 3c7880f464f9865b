package org.cgtatlas.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The runner with real threads; a single thread of the test's stands in for the FX thread. */
class TaskRunnerTest {

    private final ExecutorService ui = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "test-ui"));
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final TaskRunner runner = new TaskRunner(ui, errors::add);
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        runner.close();
        ui.shutdownNow();
    }

    private <T> T onUi(Callable<T> work) throws Exception {
        return ui.submit(work).get(10, TimeUnit.SECONDS);
    }

    private void onUi(Runnable work) throws Exception {
        ui.submit(work).get(10, TimeUnit.SECONDS);
    }

    /** Waits until the UI thread has run everything posted so far. */
    private void settle() throws Exception {
        onUi(() -> { });
    }

    @Test
    void aCancelledTaskIsReportedCancelledOnlyOnceItsWorkHasStopped() throws Exception {
        CountDownLatch cancelSeen = new CountDownLatch(1);
        CountDownLatch letItStop = new CountDownLatch(1);
        CompletableFuture<Void> ended = new CompletableFuture<>();
        onUi(() -> runner.task("Import", progress -> {
            while (!progress.isCancelled()) {
                Thread.onSpinWait();
            }
            cancelSeen.countDown();
            letItStop.await();
            events.add("work stopped");
            throw new CancelledException();
        }).onSuccess(result -> events.add("succeeded")).onCancelled(() -> events.add("cancelled"))
                .andFinally(() -> ended.complete(null)).userTask().start());

        onUi(runner::cancelCurrent);
        assertThat(cancelSeen.await(10, TimeUnit.SECONDS)).isTrue();
        settle();
        assertThat(events).isEmpty();
        assertThat(onUi(() -> runner.busyProperty().get())).isTrue();
        assertThat(onUi(() -> runner.messageProperty().get())).isEqualTo("Import: cancelling…");

        letItStop.countDown();
        ended.get(10, TimeUnit.SECONDS);
        assertThat(events).containsExactly("work stopped", "cancelled");
        assertThat(onUi(() -> runner.busyProperty().get())).isFalse();
    }

    @Test
    void workThatFinishesDespiteACancelIsReportedAsFinished() throws Exception {
        CountDownLatch committing = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        CompletableFuture<String> outcome = new CompletableFuture<>();
        onUi(() -> runner.task("Import", progress -> {
            committing.countDown();
            cancelled.await();
            return "committed";
        }).onSuccess(outcome::complete).onCancelled(() -> outcome.complete("cancelled")).userTask().start());

        committing.await(10, TimeUnit.SECONDS);
        onUi(runner::cancelCurrent);
        cancelled.countDown();

        assertThat(outcome.get(10, TimeUnit.SECONDS)).isEqualTo("committed");
    }

    @Test
    void theStatusBarAndCancelFollowTheUserTaskNotANewerSearch() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> importOutcome = new CompletableFuture<>();
        CompletableFuture<String> searchOutcome = new CompletableFuture<>();
        onUi(() -> {
            runner.task("Import", progress -> {
                progress.update(1, 4);
                progress.message("Importing: 1 of 4");
                while (!progress.isCancelled()) {
                    release.await(10, TimeUnit.MILLISECONDS);
                }
                throw new CancelledException();
            }).onCancelled(() -> importOutcome.complete("cancelled")).userTask().start();
        });
        waitFor(() -> "Importing: 1 of 4".equals(runner.messageProperty().get()));
        onUi(() -> {
            runner.compute("Searching", progress -> {
                release.await(10, TimeUnit.SECONDS);
                return "hits";
            }).onSuccess(searchOutcome::complete).onCancelled(() -> searchOutcome.complete("cancelled")).start();
        });

        assertThat(onUi(() -> runner.messageProperty().get())).isEqualTo("Importing: 1 of 4");
        assertThat(onUi(() -> runner.progressProperty().get())).isEqualTo(0.25);
        assertThat(onUi(() -> runner.cancellableProperty().get())).isTrue();

        onUi(runner::cancelCurrent);
        assertThat(importOutcome.get(10, TimeUnit.SECONDS)).isEqualTo("cancelled");
        assertThat(onUi(() -> runner.messageProperty().get())).isEqualTo("Searching");
        assertThat(onUi(() -> runner.cancellableProperty().get())).isFalse();
        release.countDown();
        assertThat(searchOutcome.get(10, TimeUnit.SECONDS)).isEqualTo("hits");
    }

    @Test
    void computeWorkRunsWhileTheDatabaseThreadIsBusy() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> computed = new CompletableFuture<>();
        onUi(() -> {
            runner.task("Import", progress -> release.await(10, TimeUnit.SECONDS)).start();
            runner.compute("Filtering", progress -> Thread.currentThread().getName()).onSuccess(computed::complete).start();
        });

        assertThat(computed.get(10, TimeUnit.SECONDS)).startsWith("cgt-atlas-compute-");
        release.countDown();
    }

    @Test
    void handlersRunOnTheUiThreadAndAFailureGoesToTheDefaultHandler() throws Exception {
        CompletableFuture<String> thread = new CompletableFuture<>();
        onUi(() -> {
            runner.task("Loading", progress -> "x").onSuccess(value -> thread.complete(Thread.currentThread().getName())).start();
            runner.task("Broken", progress -> {
                throw new IllegalStateException("broken");
            }).start();
        });

        assertThat(thread.get(10, TimeUnit.SECONDS)).isEqualTo("test-ui");
        waitFor(() -> !runner.busyProperty().get());
        assertThat(errors).singleElement().extracting(Throwable::getMessage).isEqualTo("broken");
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!onUi(condition)) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
