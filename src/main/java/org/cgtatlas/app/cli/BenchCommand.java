package org.cgtatlas.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cgt-atlas bench <what>}: measures one part of the app on generated data and prints the figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures a part of the app on generated data in a temporary folder and prints the figures.",
        subcommands = {PipelineBenchCommand.class})
public final class BenchCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
