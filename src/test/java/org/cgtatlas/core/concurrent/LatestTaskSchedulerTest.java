package org.cgtatlas.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestTaskSchedulerTest {

    private static final Duration PAUSE = Duration.ofMillis(150);

    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final LatestTaskScheduler<String> scheduler = new LatestTaskScheduler<>(executor, Lane.COMPUTE, PAUSE);
    private final List<String> shown = new ArrayList<>();
    private final List<String> computed = new ArrayList<>();

    private void ask(String query) {
        scheduler.schedule("Searching", progress -> compute(query), shown::add);
    }

    private String compute(String query) {
        computed.add(query);
        return query.toUpperCase();
    }

    @Test
    void requestsWithinTheDebounceAreCoalescedIntoTheLast() {
        ask("c");
        ask("ca");
        executor.advance(Duration.ofMillis(100));
        ask("car");

        executor.advance(Duration.ofMillis(149));
        assertThat(computed).isEmpty();
        executor.advance(Duration.ofMillis(1));

        assertThat(computed).containsExactly("car");
        assertThat(shown).containsExactly("CAR");
        assertThat(executor.ran()).containsExactly("COMPUTE Searching");
    }

    @Test
    void requestsFurtherApartThanTheDebounceEachRun() {
        ask("cell");
        executor.advance(PAUSE);
        ask("gene");
        executor.advance(PAUSE);

        assertThat(shown).containsExactly("CELL", "GENE");
    }

    @Test
    void anAnswerThatArrivesAfterANewerRequestIsDropped() {
        scheduler.schedule(Duration.ZERO, "Searching", progress -> {
            scheduler.schedule(Duration.ZERO, "Searching", newer -> compute("newer"), shown::add);
            return compute("older");
        }, shown::add);

        assertThat(computed).containsExactly("newer", "older");
        assertThat(shown).containsExactly("NEWER");
    }

    @Test
    void theOlderRunningWorkIsAskedToStop() {
        StartingNothing fake = new StartingNothing();
        LatestTaskScheduler<String> onFake = new LatestTaskScheduler<>(fake, Lane.COMPUTE, Duration.ZERO);
        onFake.schedule("first", progress -> "1", shown::add);
        onFake.schedule("second", progress -> "2", shown::add);

        assertThat(fake.cancelled).containsExactly("first");
    }

    @Test
    void cancelForgetsWhatWaitsAndWhatIsStillToCome() {
        ask("car");
        scheduler.cancel();
        executor.advance(PAUSE);

        assertThat(computed).isEmpty();
        assertThat(shown).isEmpty();
    }

    @Test
    void aFailureOfAnOlderRequestIsDroppedToo() {
        scheduler.schedule(Duration.ZERO, "Searching", progress -> {
            scheduler.schedule(Duration.ZERO, "Searching", newer -> compute("newer"), shown::add);
            throw new IllegalStateException("stale and broken");
        }, shown::add);

        assertThat(shown).containsExactly("NEWER");
    }

    /** Starts nothing; remembers which tasks were asked to stop. */
    private static final class StartingNothing implements TaskExecutor {

        private final List<String> cancelled = new ArrayList<>();

        @Override
        public <T> TaskHandle execute(TaskBuilder<T> task) {
            return () -> cancelled.add(task.title());
        }

        @Override
        public void submit(Runnable work) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TaskHandle later(Duration delay, Runnable action) {
            throw new UnsupportedOperationException();
        }
    }
}
