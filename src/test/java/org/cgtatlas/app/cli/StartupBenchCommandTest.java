package org.cgtatlas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.testing.CliRun.run;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cgtatlas.testing.CliRun;
import org.junit.jupiter.api.Test;

class StartupBenchCommandTest {

    private static final String NUMBER = "\\s+(\\d+)";

    @Test
    void quickModeStartsBothProgramsAndPrintsTheirFiguresAndRatios() {
        CliRun result = run("bench", "startup", "--quick", "--headless");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("1 run(s) each after 0 warm-up(s), headless");
        long[] bare = medians(result.out(), "bare JavaFX window");
        long[] atlas = medians(result.out(), "CGT Atlas");
        assertThat(bare[0]).isPositive();
        assertThat(atlas[0]).isPositive();
        assertThat(atlas[1]).isGreaterThanOrEqualTo(atlas[0]);
        assertThat(bare[2]).as("peak RSS of the bare window, MB").isPositive();
        assertThat(atlas[2]).as("peak RSS of CGT Atlas, MB").isPositive();
        assertThat(result.out()).containsPattern("CGT Atlas / bare window\\s+\\d+\\.\\d\\d×\\s+\\d+\\.\\d\\d×\\s+\\d+\\.\\d\\d×");
    }

    @Test
    void refusesNonsenseCounts() {
        CliRun result = run("bench", "startup", "--runs", "0");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("--runs");
    }

    /** First frame ms, content drawn ms and peak RSS MB from the medians table. */
    private static long[] medians(String out, String program) {
        Matcher row = Pattern.compile("(?m)^" + Pattern.quote(program) + NUMBER + NUMBER + NUMBER + "$").matcher(out);
        assertThat(row.find()).as("a medians row for %s in%n%s", program, out).isTrue();
        return new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2)), Long.parseLong(row.group(3))};
    }
}
