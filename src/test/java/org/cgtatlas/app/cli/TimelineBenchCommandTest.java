package org.cgtatlas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.cgtatlas.app.Launcher;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TimelineBenchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Launcher.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void printsTheLayoutFiguresZoomedOutAndAtAMonth() {
        assertThat(run("bench", "timeline", "--events", "300", "--frames", "20")).isZero();
        assertThat(out.toString()).contains("300 generated events").contains("frame ms median")
                .containsPattern("full-out\\s+14610\\s").containsPattern("month\\s+31\\s")
                .contains("Drawing to the canvas is not timed");
    }

    @Test
    void refusesNonsenseSizes() {
        assertThat(run("bench", "timeline", "--events", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--events");
    }
}
