package org.cgtatlas.core.db;

import org.cgtatlas.core.error.WordedForUser;

/** A database failure worded for the user; the cause keeps the technical detail for the log. */
public class DatabaseException extends RuntimeException implements WordedForUser {

    private static final long serialVersionUID = 1L;

    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
