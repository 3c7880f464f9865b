package org.cgtatlas.ingest;

import org.cgtatlas.core.error.WordedForUser;

/** A file that cannot be imported, worded as "file, where: problem" so the user can find and fix it. */
public final class ImportFileException extends RuntimeException implements WordedForUser {

    private static final long serialVersionUID = 1L;

    public ImportFileException(String fileName, String where, String problem) {
        super(fileName + (where.isEmpty() ? "" : ", " + where) + ": " + problem);
    }

    public ImportFileException(String fileName, String where, String problem, Throwable cause) {
        super(fileName + (where.isEmpty() ? "" : ", " + where) + ": " + problem, cause);
    }
}
