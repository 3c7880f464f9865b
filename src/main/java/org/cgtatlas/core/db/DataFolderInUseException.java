package org.cgtatlas.core.db;

import java.nio.file.Path;

/** Another CGT Atlas process (or window) already has this data folder open. */
public final class DataFolderInUseException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    public DataFolderInUseException(Path dataFolder) {
        super("CGT Atlas is already open with this data folder: " + dataFolder
                + ". Close the other window first, or start with --data-dir to use another folder.");
    }
}
