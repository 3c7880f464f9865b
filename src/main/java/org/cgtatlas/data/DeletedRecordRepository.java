package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.sql.Types;
import org.cgtatlas.domain.SubjectType;

/**
 * Remembers bundled records the analyst deleted, so a dataset upgrade does not bring them back;
 * undoing the delete forgets it again. Call both inside the transaction that deletes or restores the record.
 */
public final class DeletedRecordRepository {

    public void remember(Connection connection, SubjectType type, String id, String user) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "MERGE INTO deleted_bundled_record (subject_type, subject_id, deleted_by, deleted_at) "
                        + "KEY (subject_type, subject_id) VALUES (?, ?, ?, ?)")) {
            statement.setString(1, type.name());
            statement.setString(2, id);
            statement.setString(3, user);
            statement.setObject(4, OffsetDateTime.now().withNano(0), Types.TIMESTAMP_WITH_TIMEZONE);
            statement.executeUpdate();
        }
    }

    public void forget(Connection connection, SubjectType type, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM deleted_bundled_record WHERE subject_type = ? AND subject_id = ?")) {
            statement.setString(1, type.name());
            statement.setString(2, id);
            statement.executeUpdate();
        }
    }
}
