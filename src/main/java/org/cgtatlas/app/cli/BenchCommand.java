package org.cgtatlas.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cgt-atlas bench ...}: measures how long the heavy operations take here, on a throwaway data folder. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the speed of heavy operations and prints the figures.",
        subcommands = {ImportBenchCommand.class, RefreshBenchCommand.class, ClassifyBenchCommand.class, PipelineBenchCommand.class,
                TimelineBenchCommand.class, PdfBenchCommand.class, ResponsivenessBenchCommand.class, StartupBenchCommand.class,
                HistoryBenchCommand.class, HistoryRegistryBenchCommand.class, ChangesBenchCommand.class})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
