package org.cgtatlas.app.startup;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line that starts another JVM the way this one was started: the same Java runtime, class path and
 * memory, system-property and VM options (so an installed app's class-data archive applies to both programs the
 * bench compares), without debugger or agent options.
 */
public record JavaCommand(Path java, String classPath, List<String> options) {

    public static JavaCommand ofThisProcess() {
        String executable = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "java.exe" : "java";
        Path java = Path.of(System.getProperty("java.home"), "bin", executable);
        if (!Files.isExecutable(java)) {
            throw new IllegalStateException("No java launcher at " + java + ": this runtime cannot start the bench's programs");
        }
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(JavaCommand::isKept)
                .toList();
        return new JavaCommand(java, System.getProperty("java.class.path"), options);
    }

    private static boolean isKept(String option) {
        boolean memoryOrVm = option.startsWith("-X") && !option.startsWith("-Xdebug") && !option.startsWith("-Xrun");
        boolean property = option.startsWith("-D") && !option.startsWith("-Djava.class.path=");
        return (memoryOrVm || property) && !option.startsWith("-XX:ArchiveClassesAtExit");
    }

    /** {@code java [options] [extra options] -cp CLASSPATH mainClass}, without arguments. */
    public List<String> command(List<String> extraOptions, String mainClass) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(options);
        command.addAll(extraOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        return command;
    }
}
