package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.ChangeCause;
import org.cgtatlas.domain.ChangeOperation;
import org.cgtatlas.domain.RecordChange;
import org.cgtatlas.domain.RecordKind;

/**
 * Reads the change log: one record's history, the changes in a range of sequence numbers or times, and the data
 * revision (the newest sequence number). Rows of kinds this version does not follow (a registry run) are skipped.
 */
public final class ChangeLogRepository {

    private static final String COLUMNS = "seq, changed_at, changed_by, record_kind, record_id, operation, cause, "
            + "fields_before, fields_after";

    private final Database database;

    public ChangeLogRepository(Database database) {
        this.database = database;
    }

    /** Every logged change of one record, newest first. */
    public List<RecordChange> history(RecordKind kind, String recordId) {
        return database.read(connection -> query(connection, "SELECT " + COLUMNS
                + " FROM change_log WHERE record_kind = ? AND record_id = ? ORDER BY seq DESC", kind.key(), recordId));
    }

    /** The changes with {@code afterSeq < seq <= upToSeq}, oldest first. */
    public List<RecordChange> between(long afterSeq, long upToSeq) {
        return database.read(connection -> query(connection, "SELECT " + COLUMNS
                + " FROM change_log WHERE seq > ? AND seq <= ? ORDER BY seq", afterSeq, upToSeq));
    }

    /** The changes made at or after {@code since}, oldest first. */
    public List<RecordChange> since(OffsetDateTime since) {
        return database.read(connection -> query(connection, "SELECT " + COLUMNS
                + " FROM change_log WHERE changed_at >= ? ORDER BY seq", since));
    }

    /** The newest sequence number, 0 while nothing is logged: the data revision a briefing showed. */
    public long revision() {
        return database.read(ChangeLogRevision::newest);
    }

    /** The newest sequence number of a change made before {@code time}, 0 if none: the data revision at that time. */
    public long revisionBefore(OffsetDateTime time) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT COALESCE(MAX(seq), 0) FROM change_log WHERE changed_at < ?")) {
                statement.setObject(1, time, Types.TIMESTAMP_WITH_TIMEZONE);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /** When the oldest kept change was made: how far back the history goes. */
    public Optional<OffsetDateTime> oldest() {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT MIN(changed_at) FROM change_log");
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return Optional.ofNullable(rows.getObject(1, OffsetDateTime.class));
            }
        });
    }

    private static List<RecordChange> query(Connection connection, String sql, Object... parameters) throws SQLException {
        List<RecordChange> changes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof OffsetDateTime time) {
                    statement.setObject(i + 1, time, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Optional<RecordKind> kind = RecordKind.fromKey(rows.getString("record_kind"));
                    if (kind.isEmpty()) {
                        continue;
                    }
                    String before = rows.getString("fields_before");
                    String after = rows.getString("fields_after");
                    changes.add(new RecordChange(rows.getLong("seq"), rows.getObject("changed_at", OffsetDateTime.class),
                            rows.getString("changed_by"), kind.get(), rows.getString("record_id"),
                            ChangeOperation.fromKey(rows.getString("operation")), ChangeCause.fromKey(rows.getString("cause")),
                            before, after, ChangeJson.changedFields(before, after)));
                }
            }
        }
        return changes;
    }
}
