package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cgtatlas.domain.Inference;
import org.cgtatlas.domain.SubjectType;

/** The curator-inference markers of each fact. */
public final class InferenceRepository {

    /** All markers of one kind of fact, by fact id, in their stored order. */
    public Map<String, List<Inference>> findAll(Connection connection, SubjectType type) throws SQLException {
        Map<String, List<Inference>> bySubject = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT subject_id, field_name, reason FROM inference_marker WHERE subject_type = ? "
                        + "ORDER BY subject_id, position")) {
            statement.setString(1, type.name());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    bySubject.computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
                            .add(new Inference(rows.getString(2), rows.getString(3)));
                }
            }
        }
        return bySubject;
    }

    /** Replaces a fact's markers with the given ones. */
    public void replace(Connection connection, SubjectType type, String subjectId, List<Inference> inferred)
            throws SQLException {
        delete(connection, type, subjectId);
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO inference_marker (subject_type, subject_id, field_name, reason, position) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Inference inference : inferred) {
                statement.setString(1, type.name());
                statement.setString(2, subjectId);
                statement.setString(3, inference.field());
                statement.setString(4, inference.reason());
                statement.setInt(5, position++);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    public void delete(Connection connection, SubjectType type, String subjectId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM inference_marker WHERE subject_type = ? AND subject_id = ?")) {
            statement.setString(1, type.name());
            statement.setString(2, subjectId);
            statement.executeUpdate();
        }
    }
}
