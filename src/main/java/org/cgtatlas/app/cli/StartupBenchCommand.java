package org.cgtatlas.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import org.cgtatlas.app.Launcher;
import org.cgtatlas.core.db.DataFolderLocator;
import org.cgtatlas.app.startup.BareWindow;
import org.cgtatlas.app.startup.Display;
import org.cgtatlas.app.startup.JavaCommand;
import org.cgtatlas.app.startup.StartupMeasurement;
import org.cgtatlas.app.startup.StartupProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cgt-atlas bench startup}: starts CGT Atlas (on a throwaway data folder holding the bundled data) and a bare
 * JavaFX window the same way, in turns, and compares the time to the first frame, to the content drawn (the
 * Dashboard's figures; the bare window's label) and the peak resident memory.
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Compares CGT Atlas's start-up with a bare JavaFX window's: first frame, Dashboard drawn, peak RSS.")
public final class StartupBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--runs", defaultValue = "5", description = "Measured starts of each program (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--warm-ups", defaultValue = "1", description = "Unmeasured starts of each first (default: ${DEFAULT-VALUE}).")
    private int warmUps;

    @Option(names = "--quick", description = "One measured start each, no warm-up: checks the bench works, not the speed.")
    private boolean quick;

    @Option(names = "--headless", description = "Use Monocle's headless platform even when a display is present.")
    private boolean headless;

    @Option(names = "--timeout", defaultValue = "180", paramLabel = "SECONDS",
            description = "Longest wait for one start (default: ${DEFAULT-VALUE} s).")
    private int timeoutSeconds;

    /** A program started without arguments, as from the desktop menu; CGT Atlas finds its data folder in the environment. */
    private record Program(String name, String mainClass, Map<String, String> environment) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (quick) {
            runs = 1;
            warmUps = 0;
        }
        if (runs < 1 || warmUps < 0 || timeoutSeconds < 1) {
            spec.commandLine().getErr().println("--runs and --timeout must be at least 1, --warm-ups at least 0");
            return 2;
        }
        boolean window = Display.available() && !headless;
        JavaCommand java = JavaCommand.ofThisProcess();
        List<String> extraOptions = new ArrayList<>(List.of("-D" + StartupProbe.PROPERTY + "=exit"));
        if (!window) {
            Display.HEADLESS_PROPERTIES.forEach((key, value) -> extraOptions.add("-D" + key + "=" + value));
        }
        Path work = Files.createTempDirectory("cgt-atlas-bench-startup");
        try {
            List<Program> programs = List.of(
                    new Program("bare JavaFX window", BareWindow.class.getName(), Map.of()),
                    new Program("CGT Atlas", Launcher.class.getName(),
                            Map.of(DataFolderLocator.HOME_VARIABLE, work.resolve("data").toString())));
            out.printf("Start-up: CGT Atlas (bundled data) and a bare JavaFX window, %d run(s) each after %d warm-up(s), %s%n",
                    runs, warmUps, window ? "in a real window" : "headless (Monocle, software rendering)");
            out.printf("Java: %s %s%n", java.java(), String.join(" ", java.options()));
            out.flush();
            List<List<StartupMeasurement>> measured = List.of(new ArrayList<>(), new ArrayList<>());
            for (int round = 0; round < warmUps + runs; round++) {
                for (int i = 0; i < programs.size(); i++) {
                    Program program = programs.get(i);
                    StartupMeasurement run;
                    try {
                        run = StartupMeasurement.of(java.command(extraOptions, program.mainClass()), program.environment(),
                                work.resolve("stderr-" + i + ".log"), Duration.ofSeconds(timeoutSeconds));
                    } catch (IllegalStateException e) {
                        spec.commandLine().getErr().printf("%s: %s%n", program.name(), e.getMessage());
                        return 1;
                    }
                    boolean warmUp = round < warmUps;
                    if (!warmUp) {
                        measured.get(i).add(run);
                    }
                    out.printf("%-9s %-20s first frame %7.0f ms   content drawn %7.0f ms   peak RSS %s%n",
                            warmUp ? "warm-up" : "run " + (round - warmUps + 1), program.name(), run.firstFrameMillis(),
                            run.contentDrawnMillis(), megabytes(run.peakRssKilobytes()));
                    out.flush();
                }
            }
            printSummary(out, programs, measured);
            return 0;
        } finally {
            BenchFolder.deleteRecursively(work);
        }
    }

    private static void printSummary(PrintWriter out, List<Program> programs, List<List<StartupMeasurement>> measured) {
        out.printf("%nmedians%-22s %16s %18s %14s%n", "", "first frame ms", "content drawn ms", "peak RSS MB");
        double[][] medians = new double[programs.size()][];
        for (int i = 0; i < programs.size(); i++) {
            List<StartupMeasurement> runs = measured.get(i);
            medians[i] = new double[] {
                    median(runs, StartupMeasurement::firstFrameMillis),
                    median(runs, StartupMeasurement::contentDrawnMillis),
                    median(runs, run -> run.peakRssKilobytes() / 1024.0)};
            out.printf("%-29s %16.0f %18.0f %14s%n", programs.get(i).name(), medians[i][0], medians[i][1],
                    medians[i][2] < 0 ? "n/a" : "%.0f".formatted(medians[i][2]));
        }
        out.printf("%-29s %15.2f× %17.2f× %13s%n", "CGT Atlas / bare window", medians[1][0] / medians[0][0],
                medians[1][1] / medians[0][0], medians[1][2] < 0 ? "n/a" : "%.2f×".formatted(medians[1][2] / medians[0][2]));
        out.println("Times run from just before the process is created to the layout pulse whose frame is painted next.");
        out.println("Content drawn: the Dashboard's figure tiles for CGT Atlas; the bare window has only its first frame,");
        out.println("so both ratios divide by the bare window's first frame. Peak RSS: VmHWM when the content was drawn.");
        out.flush();
    }

    private static double median(List<StartupMeasurement> runs, ToDoubleFunction<StartupMeasurement> figure) {
        double[] values = runs.stream().mapToDouble(figure).toArray();
        Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static String megabytes(long kilobytes) {
        return kilobytes < 0 ? "n/a" : "%.0f MB".formatted(kilobytes / 1024.0);
    }
}
