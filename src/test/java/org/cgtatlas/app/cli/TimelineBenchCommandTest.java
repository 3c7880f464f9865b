package org.cgtatlas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.testing.CliRun.run;

import org.cgtatlas.testing.CliRun;
import org.junit.jupiter.api.Test;

class TimelineBenchCommandTest {

    @Test
    void printsTheLayoutFiguresZoomedOutAndAtAMonth() {
        CliRun result = run("bench", "timeline", "--events", "300", "--frames", "20");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("300 generated events").contains("frame ms median")
                .containsPattern("full-out\\s+14610\\s").containsPattern("month\\s+31\\s")
                .contains("Drawing to the canvas is not timed");
    }

    @Test
    void refusesNonsenseSizes() {
        CliRun result = run("bench", "timeline", "--events", "0");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("--events");
    }
}
