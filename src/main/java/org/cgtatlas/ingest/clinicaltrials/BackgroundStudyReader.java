package org.cgtatlas.ingest.clinicaltrials;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads an export on a thread of its own, prepares each study there (classifies it), and hands them over in batches
 * to the caller's thread, which stores them inside its transaction: parsing and classifying on one core while the
 * database is written on the other. A failure on either side stops both; the reading thread never touches the
 * database and is stopped by a flag, never interrupted.
 *
 * @param <T> a study as prepared for the caller
 */
final class BackgroundStudyReader<T> {

    static final int BATCH_SIZE = 500;
    private static final int QUEUED_BATCHES = 8;
    private static final long HANDOVER_WAIT_MILLIS = 50;

    private sealed interface Handover permits Batch, End, Failure {
    }

    private record Batch(List<?> studies) implements Handover {
    }

    private record End() implements Handover {
    }

    private record Failure(Throwable error) implements Handover {
    }

    /** Thrown inside the reading thread to unwind the reader once the caller stopped taking studies. */
    private static final class Stopped extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<Handover> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Function<StudyRecord, T> prepare;
    private volatile boolean stopped;

    /** @param prepare what to do with each study on the reading thread */
    BackgroundStudyReader(Function<StudyRecord, T> prepare) {
        this.prepare = prepare;
    }

    /** Hands every prepared study of {@code reader} to {@code sink} on this thread, while the file is read on another. */
    void read(StudyReader reader, Consumer<T> sink) throws IOException {
        Thread thread = new Thread(() -> produce(reader), "trial-import-reader");
        thread.setDaemon(true);
        thread.start();
        try {
            consume(sink);
        } finally {
            stopped = true;
            queue.clear();
            awaitEnd(thread);
        }
    }

    @SuppressWarnings("unchecked") // batches hold only what prepare returned
    private void consume(Consumer<T> sink) throws IOException {
        while (true) {
            Handover handover = take();
            if (handover instanceof Batch batch) {
                ((List<T>) batch.studies()).forEach(sink);
            } else if (handover instanceof Failure failure) {
                throw rethrown(failure.error());
            } else {
                return;
            }
        }
    }

    private static IOException rethrown(Throwable error) {
        if (error instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (error instanceof Error fatal) {
            throw fatal;
        }
        return (IOException) error;
    }

    private Handover take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("The import was interrupted");
        }
    }

    private void produce(StudyReader reader) {
        List<T> batch = new ArrayList<>(BATCH_SIZE);
        try {
            reader.read(study -> {
                if (stopped) {
                    throw new Stopped();
                }
                batch.add(prepare.apply(study));
                if (batch.size() == BATCH_SIZE) {
                    handOver(new Batch(List.copyOf(batch)));
                    batch.clear();
                }
            });
            handOver(new Batch(List.copyOf(batch)));
            handOver(new End());
        } catch (Stopped e) {
            // The caller stopped taking studies: it failed or was cancelled, and reports that itself.
        } catch (IOException | RuntimeException | Error e) {
            handOverQuietly(new Batch(List.copyOf(batch)));
            handOverQuietly(new Failure(e));
        }
    }

    private void handOver(Handover handover) {
        try {
            while (!queue.offer(handover, HANDOVER_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private void handOverQuietly(Handover handover) {
        try {
            handOver(handover);
        } catch (Stopped e) {
            // Nobody is taking it any more.
        }
    }

    private static void awaitEnd(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
