package org.cgtatlas.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.testing.CliRun.run;

import java.nio.file.Path;
import org.cgtatlas.app.cli.CliErrorHandler;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path folder;

    @Test
    void infoOnAFreshFolderPrintsTheSchemaVersionAndTables() {
        CliRun result = run("info", "--data-dir", folder.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.out())
                .contains("Data folder:     " + folder)
                .contains("Database:        " + folder.resolve(Database.DATABASE_FILE))
                .containsPattern("Schema version:  [1-9]\\d*")
                .contains("Imported files:  0 kept, 0.0 MB, in " + folder.resolve("imports"))
                .contains("app_metadata");
    }

    @Test
    void infoOnAFolderInUseSaysSoClearly() {
        try (Database open = Database.open(folder)) {
            CliRun result = run("--data-dir", folder.toString(), "info");
            assertThat(result.exit()).isEqualTo(CliErrorHandler.EXIT_IN_USE);
            assertThat(result.err()).contains("CGT Atlas is already open with this data folder");
        }
    }

    @Test
    void versionAndHelpAreAvailable() {
        CliRun result = run("--version");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("CGT Atlas ");
        result = run("--help");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("info").contains("--data-dir");
    }
}
