package org.cgtatlas.app.cli;

import picocli.CommandLine.Command;

/** {@code cgt-atlas bench ...}: prints timings of the parts that must stay fast; each benchmark is a subcommand. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures how fast the app's heavy parts run on this machine and prints the figures.",
        subcommands = {TimelineBenchCommand.class})
public final class BenchCommand {
}
