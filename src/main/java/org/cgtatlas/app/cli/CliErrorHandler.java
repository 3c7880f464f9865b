package org.cgtatlas.app.cli;

import org.cgtatlas.core.db.DamagedDatabaseException;
import org.cgtatlas.core.db.DataFolderInUseException;
import org.cgtatlas.core.error.ErrorWording;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/** Turns a failure into one clear line on stderr and an exit code; the stack trace goes to the log only. */
public final class CliErrorHandler implements IExecutionExceptionHandler {

    public static final int EXIT_IN_USE = 3;
    public static final int EXIT_FAILED = 1;

    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine, ParseResult parseResult) {
        LoggerFactory.getLogger(CliErrorHandler.class).error("Command failed", error);
        commandLine.getErr().println(commandLine.getColorScheme().errorText("Error: " + ErrorWording.forUser(error)));
        if (error instanceof DamagedDatabaseException damaged) {
            commandLine.getErr().println(damaged.newestBackup()
                    .map(backup -> "To bring the data back: cgt-atlas restore \"" + backup + "\" --yes")
                    .orElse("The next start begins fresh from the bundled dataset."));
        }
        commandLine.getErr().flush();
        return error instanceof DataFolderInUseException ? EXIT_IN_USE : EXIT_FAILED;
    }
}
