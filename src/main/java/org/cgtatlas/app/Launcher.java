package org.cgtatlas.app;

import java.util.Optional;
import org.cgtatlas.app.cli.CliErrorHandler;
import org.cgtatlas.app.cli.CgtAtlasCommand;
import org.cgtatlas.app.startup.DamagedInstallationAlert;
import org.cgtatlas.app.startup.Installation;
import picocli.CommandLine;

/** The entry point: opens the window, or runs a command-line subcommand headless. */
public final class Launcher {

    /** The exit code when the application's own files are missing or broken. */
    public static final int EXIT_DAMAGED_INSTALLATION = 4;

    private Launcher() {
    }

    public static void main(String[] args) {
        // The refresh from ClinicalTrials.gov goes through the proxy the system is set to (read once, before first use).
        if (System.getProperty("java.net.useSystemProxies") == null) {
            System.setProperty("java.net.useSystemProxies", "true");
        }
        Optional<String> damage = Installation.damage(System.getProperty("java.class.path", ""));
        if (damage.isPresent()) {
            System.err.println(damage.get());
            if (args.length == 0) {
                DamagedInstallationAlert.showIfPossible(damage.get());
            }
            System.exit(EXIT_DAMAGED_INSTALLATION);
        }
        Thread.setDefaultUncaughtExceptionHandler(Launcher::uncaught);
        try {
            System.exit(run(args));
        } catch (LinkageError e) {
            uncaught(Thread.currentThread(), e);
        }
    }

    /** A class that cannot be loaded, on any thread, means a broken installation: say so and quit. */
    private static void uncaught(Thread thread, Throwable error) {
        if (error instanceof LinkageError linkage) {
            System.err.println(Installation.damaged(linkage));
            Runtime.getRuntime().halt(EXIT_DAMAGED_INSTALLATION);
        }
        System.err.print("Exception in thread \"" + thread.getName() + "\" ");
        error.printStackTrace();
    }

    static int run(String... args) {
        if (args.length == 0) {
            // The window, as from the desktop menu: picocli would first load every command's classes, for nothing.
            CgtAtlasApp.launchWindow(CgtAtlasCommand.dataFolder(null));
            return 0;
        }
        return newCommandLine().execute(args);
    }

    public static CommandLine newCommandLine() {
        return new CommandLine(new CgtAtlasCommand())
                .setExecutionExceptionHandler(new CliErrorHandler());
    }
}
