package org.cgtatlas.app.startup;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The application's own files, as opposed to the user's data: checked before anything else runs, so a damaged
 * installation (a jar deleted, emptied or unreadable) is told in one sentence instead of a stack trace at the first
 * class it lacks.
 */
public final class Installation {

    private Installation() {
    }

    /** What is wrong with the class path's files, if anything. */
    public static Optional<String> damage(String classPath) {
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isBlank() || entry.endsWith("*")) {
                continue;
            }
            Path file;
            try {
                file = Path.of(entry);
            } catch (InvalidPathException e) {
                return Optional.of(damaged("its class path names an impossible file, " + entry));
            }
            if (!Files.exists(file)) {
                return Optional.of(damaged(file + " is missing"));
            }
            if (!Files.isReadable(file)) {
                return Optional.of(damaged(file + " cannot be read"));
            }
            if (Files.isRegularFile(file) && sizeOf(file) == 0) {
                return Optional.of(damaged(file + " is empty"));
            }
        }
        return Optional.empty();
    }

    /** The sentence for a class that could not be loaded or linked: a part of the installation is missing or broken. */
    public static String damaged(LinkageError error) {
        return damaged("a part of it cannot be loaded (" + error + ")");
    }

    private static String damaged(String what) {
        return "CGT Atlas's installation is damaged: " + what + ". Reinstall CGT Atlas; your data folder is not affected.";
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
