package org.cgtatlas.core.db;

import java.nio.file.Path;
import java.util.Optional;
import org.cgtatlas.core.error.ErrorWording;

/**
 * The database file could not be read. It has been moved aside, never deleted, so it can still be recovered;
 * the user chooses between the newest backup and a fresh start from the bundled dataset.
 */
public final class DamagedDatabaseException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    private final transient Path keptAs;
    private final transient Path newestBackup;

    public DamagedDatabaseException(Path damagedFile, Path keptAs, Path newestBackup, Throwable cause) {
        super("The database file " + damagedFile + " is damaged and cannot be opened (" + ErrorWording.rootCause(cause)
                + "). It has been kept as " + keptAs + " for recovery."
                + (newestBackup != null ? " The newest backup is " + newestBackup + "."
                        : " There is no backup; CGT Atlas can start fresh from the bundled dataset."), cause);
        this.keptAs = keptAs;
        this.newestBackup = newestBackup;
    }

    public Path keptAs() {
        return keptAs;
    }

    public Optional<Path> newestBackup() {
        return Optional.ofNullable(newestBackup);
    }
}
