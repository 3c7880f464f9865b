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
import org.cgtatlas.domain.CitedPassage;
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

    /** Every cited passage with a readable title of the fact it supports, by source. */
    public List<CitedPassage> findPassages(Connection connection) throws SQLException {
        List<CitedPassage> passages = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT c.source_id, c.quote, c.subject_type, c.subject_id,
                       COALESCE(o.name, m.kind || ' ' || m.country_code || ': ' || m.wording, ms.title, lo.name, p.name,
                                e.title, pe.name, c.subject_id) AS subject_title
                FROM citation c
                LEFT JOIN organization o ON c.subject_type = 'ORGANIZATION' AND o.id = c.subject_id
                LEFT JOIN country_metric m ON c.subject_type = 'METRIC' AND m.id = c.subject_id
                LEFT JOIN milestone ms ON c.subject_type = 'MILESTONE' AND ms.id = c.subject_id
                LEFT JOIN pipeline_listing l ON c.subject_type = 'PIPELINE_LISTING' AND l.id = c.subject_id
                LEFT JOIN organization lo ON lo.id = l.organization_id
                LEFT JOIN programme p ON c.subject_type = 'PROGRAMME' AND p.id = c.subject_id
                LEFT JOIN collaboration_event e ON c.subject_type = 'EVENT' AND e.id = c.subject_id
                LEFT JOIN person pe ON c.subject_type = 'PERSON' AND pe.id = c.subject_id
                ORDER BY c.source_id, c.subject_type, subject_title, c.position""");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                passages.add(new CitedPassage(rows.getString(1), rows.getString(2), SubjectType.valueOf(rows.getString(3)),
                        rows.getString(4), rows.getString(5)));
            }
        }
        return passages;
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
