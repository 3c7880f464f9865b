package org.cgtatlas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.testing.CliRun.run;

import java.nio.file.Path;
import java.time.LocalDate;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {

    @TempDir
    Path folder;

    @Test
    void aRecordsHistoryIsPrintedNewestFirstFieldByField() {
        String data = folder.toString();
        assertThat(run("--data-dir", data, "import", org.cgtatlas.testing.Samples.of("ctgov-modern-1000.csv").toString())
                .exit()).isZero();
        assertThat(run("--data-dir", data, "override", "set", "NCT06964828", "--modality", "MSC", "--note", "First").exit()).isZero();
        assertThat(run("--data-dir", data, "override", "set", "NCT06964828", "--modality", "NOT_CGT", "--note", "Second")
                .exit()).isZero();

        CliRun history = run("--data-dir", data, "history", "trial-override", "NCT06964828");

        assertThat(history.exit()).isZero();
        assertThat(history.out()).contains("History of trial-override NCT06964828: 2 changes, newest first")
                .contains("edit, update").contains("    modality: MSC → (empty)").contains("    note: First → Second")
                .contains("edit, insert");
        assertThat(history.out().indexOf("update")).isLessThan(history.out().indexOf("insert"));
    }

    @Test
    void compactionSaysWhatItRemovesAndWithYesRemovesOnlyTheOlderChanges() {
        String data = folder.toString();
        AppServices.open(folder).close();
        assertThat(run("--data-dir", data, "history", "programme", "prog-relma-cel").out()).contains("1 change,");
        String tomorrow = LocalDate.now().plusDays(1).toString();

        CliRun nothing = run("--data-dir", data, "history", "compact", "--before", "2000-01-01");
        assertThat(nothing.out()).contains("Nothing to remove: no logged change is older than 2000-01-01.");

        CliRun compacted = run("--data-dir", data, "history", "compact", "--before", tomorrow, "--yes");
        assertThat(compacted.exit()).isZero();
        assertThat(compacted.out()).containsPattern("This removes [0-9,]+ logged changes made before " + tomorrow)
                .containsPattern("Removed [0-9,]+ logged changes");
        assertThat(run("--data-dir", data, "history", "programme", "prog-relma-cel").out()).contains("0 changes,");
    }

    @Test
    void aWrongDateOrKindIsExplained() {
        String data = folder.toString();
        assertThat(run("--data-dir", data, "history", "compact", "--before", "last week").err())
                .contains("--before 'last week' is not a date; write it as YYYY-MM-DD");
        assertThat(run("--data-dir", data, "history", "gadget", "x").err())
                .contains("'gadget' is not a kind of record; use one of programme, organization, event");
    }
}
