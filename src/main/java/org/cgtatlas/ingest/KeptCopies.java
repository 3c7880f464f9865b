package org.cgtatlas.ingest;

import java.io.IOException;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.core.db.DatabaseBackups;
import org.cgtatlas.data.ImportArchive;
import org.cgtatlas.data.SupersededCopies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every registry import does with the copy of its file it keeps in the data folder's {@code imports/}. */
public final class KeptCopies {

    private static final Logger LOG = LoggerFactory.getLogger(KeptCopies.class);

    private KeptCopies() {
    }

    /** Tidying up after a committed import: a failure is logged and does not undo the import. */
    public static void removeSuperseded(Database database) {
        try {
            new SupersededCopies(database).remove(DatabaseBackups.oldestTakenAt(database.dataFolder()));
        } catch (RuntimeException e) {
            LOG.warn("Could not remove the copies of superseded imports from {}",
                    new ImportArchive(database.dataFolder()).folder(), e);
        }
    }

    /** The import did not commit, so the copy it kept of its file (null if none yet) is of no use. */
    public static void discard(ImportArchive.Copy copy, RuntimeException failure) {
        if (copy == null) {
            return;
        }
        try {
            copy.discard();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
