package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.SubjectType;

/** The passages that support each fact. */
public final class CitationRepository {

    /** All citations of one kind of fact, by fact id, in their stored order. */
    public Map<String, List<Citation>> findAll(Connection connection, SubjectType type) throws SQLException {
        Map<String, List<Citation>> bySubject = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT subject_id, source_id, quote FROM citation WHERE subject_type = ? ORDER BY subject_id, position")) {
            statement.setString(1, type.name());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    bySubject.computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
                            .add(new Citation(rows.getString(2), rows.getString(3)));
                }
            }
        }
        return bySubject;
    }

    public List<Citation> find(Connection connection, SubjectType type, String subjectId) throws SQLException {
        List<Citation> citations = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT source_id, quote FROM citation WHERE subject_type = ? AND subject_id = ? ORDER BY position")) {
            statement.setString(1, type.name());
            statement.setString(2, subjectId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    citations.add(new Citation(rows.getString(1), rows.getString(2)));
                }
            }
        }
        return citations;
    }

    /** Replaces a fact's citations with the given ones. */
    public void replace(Connection connection, SubjectType type, String subjectId, List<Citation> citations)
            throws SQLException {
        delete(connection, type, subjectId);
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO citation (subject_type, subject_id, source_id, quote, position) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Citation citation : citations) {
                statement.setString(1, type.name());
                statement.setString(2, subjectId);
                statement.setString(3, citation.sourceId());
                statement.setString(4, citation.quote());
                statement.setInt(5, position++);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    public void delete(Connection connection, SubjectType type, String subjectId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM citation WHERE subject_type = ? AND subject_id = ?")) {
            statement.setString(1, type.name());
            statement.setString(2, subjectId);
            statement.executeUpdate();
        }
    }
}
