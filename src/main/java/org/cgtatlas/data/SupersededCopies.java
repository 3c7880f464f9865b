package org.cgtatlas.data;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cgtatlas.core.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the kept copy of an import once all its trials have been imported again by later imports (it is then
 * "superseded") and no automatic backup is older than that moment: a backup taken before it could still point at
 * the copy, one taken after cannot. So restoring any kept backup finds every copy it needs.
 */
public final class SupersededCopies {

    private static final Logger LOG = LoggerFactory.getLogger(SupersededCopies.class);
    /** Later than any import: with no backup kept, every superseded copy can go. */
    private static final Instant NO_BACKUP = Instant.parse("9999-01-01T00:00:00Z");

    private final Database database;
    private final ImportArchive archive;

    public SupersededCopies(Database database) {
        this.database = database;
        this.archive = new ImportArchive(database.dataFolder());
    }

    /**
     * @param oldestBackup when the oldest kept automatic backup was taken; empty when there is none
     * @return the names of the copies removed
     */
    public List<String> remove(Optional<Instant> oldestBackup) {
        Map<Long, String> unneeded = database.inTransaction(connection -> {
            Map<Long, String> copies = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, archive_file FROM trial_import "
                    + "WHERE archive_file IS NOT NULL AND superseded_at IS NOT NULL AND superseded_at < ?")) {
                select.setTimestamp(1, Timestamp.from(oldestBackup.orElse(NO_BACKUP)));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        copies.put(rows.getLong(1), rows.getString(2));
                    }
                }
            }
            try (PreparedStatement forget = connection.prepareStatement("UPDATE trial_import SET archive_file = NULL WHERE id = ?")) {
                for (long id : copies.keySet()) {
                    forget.setLong(1, id);
                    forget.addBatch();
                }
                forget.executeBatch();
            }
            return copies;
        });
        for (String copy : unneeded.values()) {
            try {
                Files.deleteIfExists(archive.folder().resolve(copy));
            } catch (IOException e) {
                LOG.warn("Could not remove the kept copy {}; it is no longer needed", copy, e);
            }
        }
        return List.copyOf(unneeded.values());
    }
}
