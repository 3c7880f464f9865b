package org.cgtatlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.cgtatlas.app.cli.CliErrorHandler;
import org.cgtatlas.core.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Launcher.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void infoOnAFreshFolderPrintsTheSchemaVersionAndTables() {
        int exit = run("info", "--data-dir", folder.toString());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("Data folder:     " + folder)
                .contains("Database:        " + folder.resolve(Database.DATABASE_FILE))
                .containsPattern("Schema version:  [1-9]\\d*")
                .contains("app_metadata");
    }

    @Test
    void infoOnAFolderInUseSaysSoClearly() {
        try (Database open = Database.open(folder)) {
            int exit = run("--data-dir", folder.toString(), "info");
            assertThat(exit).isEqualTo(CliErrorHandler.EXIT_IN_USE);
            assertThat(err.toString()).contains("CGT Atlas is already open with this data folder");
        }
    }

    @Test
    void versionAndHelpAreAvailable() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("CGT Atlas ");
        out.getBuffer().setLength(0);
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("info").contains("--data-dir");
    }
}
