package org.cgtatlas.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.cgtatlas.core.error.ErrorWording;
import org.cgtatlas.core.error.WordedForUser;

/** An export that could not be written, with a message for the analyst saying what went wrong and where. */
public final class ExportFailure extends RuntimeException implements WordedForUser {

    private static final long serialVersionUID = 1L;

    private ExportFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public static ExportFailure cannotWrite(Path target, IOException cause) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        String reason;
        if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
            reason = folder + " is a file, not a folder";
        } else if (cause instanceof NoSuchFileException) {
            reason = "the folder " + folder + " does not exist";
        } else if (cause instanceof AccessDeniedException) {
            reason = "no permission to write in " + folder;
        } else if (cause instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            reason = fileSystem.getReason();
        } else {
            reason = ErrorWording.rootCause(cause);
        }
        return new ExportFailure("Could not write " + absolute + ": " + reason + ". Nothing was written.", cause);
    }
}
