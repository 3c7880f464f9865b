package org.cgtatlas.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.cgtatlas.app.Launcher;
import picocli.CommandLine;

/** One run of the command line, as {@code cgt-atlas ARGS} would do it, with what it printed captured. */
public record CliRun(int exit, String out, String err) {

    public static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err);
        CommandLine commandLine = Launcher.newCommandLine();
        commandLine.setOut(outWriter);
        commandLine.setErr(errWriter);
        int exit = commandLine.execute(args);
        outWriter.flush();
        errWriter.flush();
        return new CliRun(exit, out.toString(), err.toString());
    }
}
