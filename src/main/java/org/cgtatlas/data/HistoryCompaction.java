package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import org.cgtatlas.core.db.Database;

/**
 * "Compact history older than…": the one code path that removes rows from the append-only change log
 * ({@code ChangeLogAppendOnlyTest} checks that no other class deletes or updates it).
 */
public final class HistoryCompaction {

    private final Database database;

    public HistoryCompaction(Database database) {
        this.database = database;
    }

    /** How many logged changes were made before {@code before}. */
    public long countOlderThan(OffsetDateTime before) {
        return database.read(connection -> count(connection, before));
    }

    /** Removes the changes made before {@code before}; returns how many went. */
    public long removeOlderThan(OffsetDateTime before) {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM change_log WHERE changed_at < ?")) {
                statement.setObject(1, before, Types.TIMESTAMP_WITH_TIMEZONE);
                return (long) statement.executeUpdate();
            }
        });
    }

    private static long count(Connection connection, OffsetDateTime before) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM change_log WHERE changed_at < ?")) {
            statement.setObject(1, before, Types.TIMESTAMP_WITH_TIMEZONE);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
