package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cgtatlas.domain.AnalystSource;
import org.cgtatlas.domain.SubjectType;

/** The sources analysts gave for the facts they entered or edited. */
public final class AnalystSourceRepository {

    /** All analyst's sources of one kind of fact, by fact id, in the order given. */
    public Map<String, List<AnalystSource>> findAll(Connection connection, SubjectType type) throws SQLException {
        Map<String, List<AnalystSource>> bySubject = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT subject_id, url, title, publisher, published_on, published_precision, passage, accessed_on "
                        + "FROM analyst_source WHERE subject_type = ? ORDER BY subject_id, position")) {
            statement.setString(1, type.name());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    bySubject.computeIfAbsent(rows.getString("subject_id"), id -> new ArrayList<>()).add(new AnalystSource(
                            rows.getString("url"), rows.getString("title"), rows.getString("publisher"),
                            Jdbc.getDate(rows, "published_on", "published_precision"), rows.getString("passage"),
                            rows.getObject("accessed_on", LocalDate.class)));
                }
            }
        }
        return bySubject;
    }

    /** Replaces a fact's analyst's sources with the given ones. */
    public void replace(Connection connection, SubjectType type, String subjectId, List<AnalystSource> sources)
            throws SQLException {
        delete(connection, type, subjectId);
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO analyst_source (subject_type, subject_id, position, url, title, publisher, published_on, "
                        + "published_precision, passage, accessed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (AnalystSource source : sources) {
                statement.setString(1, type.name());
                statement.setString(2, subjectId);
                statement.setInt(3, position++);
                statement.setString(4, source.url());
                statement.setString(5, source.title());
                statement.setString(6, source.publisher());
                Jdbc.setDate(statement, 7, source.publishedOn());
                statement.setString(9, source.passage());
                statement.setObject(10, source.accessedOn(), Types.DATE);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    public void delete(Connection connection, SubjectType type, String subjectId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM analyst_source WHERE subject_type = ? AND subject_id = ?")) {
            statement.setString(1, type.name());
            statement.setString(2, subjectId);
            statement.executeUpdate();
        }
    }
}
