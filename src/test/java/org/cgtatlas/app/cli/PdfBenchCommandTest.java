package org.cgtatlas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.cgtatlas.app.Launcher;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PdfBenchCommandTest {

    @Test
    void reportsTimeAndSizeForTheBundledAndTheGeneratedDataset() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Launcher.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        int exit = commandLine.execute("bench", "pdf", "--programmes", "300", "--events", "40", "--runs", "1");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .containsPattern("Bundled dataset \\(\\d+ programmes, \\d+ events\\): \\d+ pages, \\d+ KB; first run \\d+ ms")
                .containsPattern("Generated \\(300 programmes, 40 events\\): \\d+ pages, \\d+ KB; first run \\d+ ms \\(\\d+ ms CPU.*median \\d+ ms \\(\\d+ ms CPU");
    }
}
