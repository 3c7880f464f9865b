package org.cgtatlas.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cgt-atlas refresh ...}: brings registry data up to date from a registry's API. */
@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = "Brings registry trials up to date from a registry's API.",
        subcommands = {CtgovRefreshCommand.class})
public final class RefreshCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
