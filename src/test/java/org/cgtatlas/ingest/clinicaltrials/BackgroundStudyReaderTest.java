package org.cgtatlas.ingest.clinicaltrials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.cgtatlas.domain.SourceSpan;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.ingest.ImportFileException;
import org.junit.jupiter.api.Test;

class BackgroundStudyReaderTest {

    private static StudyRecord study(long line) {
        Trial trial = new Trial("NCT%08d".formatted(line), "Title", "", List.of(), List.of(), List.of(), "", "", null, null,
                null, Set.of());
        return new StudyRecord(trial, TrialDetails.NONE, "line " + line, new SourceSpan(line, line), List.of());
    }

    private static boolean readerThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("trial-import-reader") && thread.isAlive());
    }

    @Test
    void handsOverEveryStudyInOrderPreparedOnTheReadingThread() throws IOException {
        int count = BackgroundStudyReader.BATCH_SIZE * 3 + 7;
        List<String> received = new ArrayList<>();
        List<String> preparedOn = new ArrayList<>();

        new BackgroundStudyReader<>(study -> {
            preparedOn.add(Thread.currentThread().getName());
            return study.location();
        }).read(sink -> {
            for (int line = 1; line <= count; line++) {
                sink.accept(study(line));
            }
        }, received::add);

        assertThat(received).hasSize(count).startsWith("line 1", "line 2").endsWith("line " + count);
        assertThat(preparedOn).containsOnly("trial-import-reader");
        assertThat(readerThreadAlive()).isFalse();
    }

    @Test
    void aProblemInTheFileReachesTheCallerAfterTheStudiesBeforeIt() {
        List<String> received = new ArrayList<>();

        assertThatThrownBy(() -> new BackgroundStudyReader<>(StudyRecord::location).read(sink -> {
            sink.accept(study(2));
            throw new ImportFileException("bad.csv", "line 3", "malformed CSV");
        }, received::add)).isInstanceOf(ImportFileException.class).hasMessageContaining("bad.csv, line 3: malformed CSV");

        assertThat(received).containsExactly("line 2");
        assertThat(readerThreadAlive()).isFalse();
    }

    @Test
    void anIoErrorKeepsItsType() {
        assertThatThrownBy(() -> new BackgroundStudyReader<>(StudyRecord::location).read(sink -> {
            throw new IOException("disk gone");
        }, location -> { })).isInstanceOf(IOException.class).hasMessage("disk gone");
    }

    @Test
    void whenTheCallerFailsTheReadingStopsInsteadOfReadingOn() {
        AtomicLong produced = new AtomicLong();

        assertThatThrownBy(() -> new BackgroundStudyReader<>(StudyRecord::location).read(sink -> {
            for (long line = 1; ; line++) {
                sink.accept(study(line));
                produced.incrementAndGet();
            }
        }, location -> {
            throw new IllegalStateException("cannot store " + location);
        })).isInstanceOf(IllegalStateException.class).hasMessage("cannot store line 1");

        assertThat(readerThreadAlive()).isFalse();
        assertThat(produced.get()).isLessThan(BackgroundStudyReader.BATCH_SIZE * 20L);
    }
}
