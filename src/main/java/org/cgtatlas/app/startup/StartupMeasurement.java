package org.cgtatlas.app.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One start of a program that carries a {@link StartupProbe}: the times from just before the process is created
 * to the probe's first-frame and content-drawn lines, and the peak resident memory the program reported.
 */
public record StartupMeasurement(double firstFrameMillis, double contentDrawnMillis, long peakRssKilobytes) {

    /** Starts {@code command}, waits for both milestones and for the program to quit by itself. */
    public static StartupMeasurement of(List<String> command, Map<String, String> environment, Path errorLog,
                                        Duration timeout) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(errorLog.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        Milestones milestones = new Milestones(start);
        Thread reader = new Thread(() -> milestones.read(process), "startup-bench-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("It did not show its content and quit within " + timeout.toSeconds()
                        + " s" + lastErrorLines(errorLog));
            }
            reader.join(TimeUnit.SECONDS.toMillis(5));
        } finally {
            process.destroyForcibly();
        }
        return milestones.result(process.exitValue(), errorLog);
    }

    private static String lastErrorLines(Path errorLog) throws IOException {
        List<String> lines = Files.readAllLines(errorLog, StandardCharsets.UTF_8);
        List<String> last = lines.subList(Math.max(0, lines.size() - 15), lines.size());
        return last.isEmpty() ? "" : "; its error output ends with:%n  ".formatted() + String.join("%n  ".formatted(), last);
    }

    private static final class Milestones {
        private final long start;
        private volatile double firstFrame = Double.NaN;
        private volatile double contentDrawn = Double.NaN;
        private volatile long peakRss = -1;

        Milestones(long start) {
            this.start = start;
        }

        void read(Process process) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    double elapsed = (System.nanoTime() - start) / 1e6;
                    if (!line.startsWith(StartupProbe.PREFIX)) {
                        continue;
                    }
                    String milestone = line.substring(StartupProbe.PREFIX.length());
                    if (milestone.equals(StartupProbe.FIRST_FRAME)) {
                        firstFrame = elapsed;
                    } else if (milestone.startsWith(StartupProbe.CONTENT_DRAWN)) {
                        contentDrawn = elapsed;
                        int rss = milestone.indexOf(StartupProbe.PEAK_RSS);
                        peakRss = rss < 0 ? -1 : Long.parseLong(milestone.substring(rss + StartupProbe.PEAK_RSS.length()).trim());
                    }
                }
            } catch (IOException e) {
                // The process went away; whatever was read stands, and result() says what is missing.
            }
        }

        StartupMeasurement result(int exitCode, Path errorLog) throws IOException {
            if (Double.isNaN(firstFrame) || Double.isNaN(contentDrawn)) {
                throw new IllegalStateException("It quit (exit code " + exitCode + ") before "
                        + (Double.isNaN(firstFrame) ? "showing a frame" : "drawing its content") + lastErrorLines(errorLog));
            }
            return new StartupMeasurement(firstFrame, contentDrawn, peakRss);
        }
    }
}
