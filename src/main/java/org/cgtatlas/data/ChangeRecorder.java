package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.cgtatlas.domain.ChangeCause;
import org.cgtatlas.domain.ChangeOperation;

/**
 * Writes the change log. A repository opens a {@link ChangeSet} in the transaction that changes records, tells it
 * which records it is about to change (their state is read then), and closes it before the commit: one row is
 * written for each record whose fields differ, in that same transaction.
 */
public final class ChangeRecorder {

    private final ChangeAuthor author;
    private final Clock clock;

    public ChangeRecorder(ChangeAuthor author, Clock clock) {
        this.author = author;
        this.clock = clock;
    }

    /** The operating system's user, the system clock. */
    public static ChangeRecorder standard() {
        return new ChangeRecorder(ChangeAuthor.osUser(), Clock.systemDefaultZone());
    }

    ChangeSet begin(Connection connection, ChangeCause cause) {
        return new ChangeSet(this, connection, cause);
    }

    /** Writes the given rows as one batch; {@code rows} are (kind, id, before, after) with before ≠ after. */
    void write(Connection connection, ChangeCause cause, Iterable<ChangeSet.Difference> rows) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String who = author.name();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO change_log (changed_at, changed_by, "
                + "record_kind, record_id, operation, cause, fields_before, fields_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ChangeSet.Difference row : rows) {
                insert.setObject(1, now, Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setString(2, who);
                insert.setString(3, row.kind().key());
                insert.setString(4, row.id());
                insert.setString(5, operation(row).key());
                insert.setString(6, cause.key());
                insert.setString(7, row.before());
                insert.setString(8, row.after());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static ChangeOperation operation(ChangeSet.Difference row) {
        if (row.before() == null) {
            return ChangeOperation.INSERT;
        }
        return row.after() == null ? ChangeOperation.DELETE : ChangeOperation.UPDATE;
    }

    /** Reads one record as {@code connection} sees it, or null if there is none with that id. */
    @FunctionalInterface
    interface RecordReader {
        Record read(Connection connection, String id) throws SQLException;
    }

    /** Reads every record of a kind, by id. */
    @FunctionalInterface
    interface KindReader {
        Map<String, ? extends Record> readAll(Connection connection) throws SQLException;
    }
}
