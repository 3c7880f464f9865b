package org.cgtatlas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.testing.CliRun.run;

import java.nio.file.Path;
import org.cgtatlas.testing.CliRun;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cgt-atlas override set|list|remove}, and {@code stats} counting the analyst's modality. */
class OverrideCommandTest {

    @TempDir
    Path folder;

    @BeforeEach
    void importSample() {
        assertThat(run("--data-dir", folder.toString(), "import", Samples.of("ctgov-modern-1000.csv").toString()).exit()).isZero();
    }

    @Test
    void anOverrideIsListedCountedAndRemoved() {
        CliRun set = run("--data-dir", folder.toString(), "override", "set", "NCT06964828", "--modality", "MSC",
                "--note", "MSC arm");
        CliRun listed = run("--data-dir", folder.toString(), "override", "list");
        CliRun removed = run("--data-dir", folder.toString(), "override", "remove", "NCT06964828");

        assertThat(set.exit()).isZero();
        assertThat(set.out()).contains("NCT06964828 is now MSC / stem cell (set by hand: MSC arm)");
        assertThat(listed.out()).contains("Trials set by hand: 1").contains("NCT06964828").contains("MSC arm");
        assertThat(removed.out()).contains("classified by the rules again");
        assertThat(run("--data-dir", folder.toString(), "override", "list").out()).contains("Trials set by hand: 0");
    }

    @Test
    void anUnknownTrialIsRefusedWithItsId() {
        CliRun refused = run("--data-dir", folder.toString(), "override", "set", "NCT00000001", "--modality", "MSC",
                "--note", "x");

        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err()).contains("No trial NCT00000001 is stored");
    }
}
