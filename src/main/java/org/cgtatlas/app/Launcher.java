package org.cgtatlas.app;

import org.cgtatlas.app.cli.CgtAtlasCommand;
import org.cgtatlas.app.cli.CliErrorHandler;
import picocli.CommandLine;

/** The entry point: opens the window, or runs a command-line subcommand headless. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return newCommandLine().execute(args);
    }

    public static CommandLine newCommandLine() {
        return new CommandLine(new CgtAtlasCommand())
                .setExecutionExceptionHandler(new CliErrorHandler());
    }
}
