package org.cgtatlas.data;

import org.cgtatlas.core.db.DatabaseException;

/** The organization already has a programme of that name (names compared trimmed and case-insensitively). */
public final class DuplicateProgrammeException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    public DuplicateProgrammeException(String programmeName, Throwable cause) {
        super("This organization already has a programme named '" + programmeName.strip() + "'", cause);
    }
}
