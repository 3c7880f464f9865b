package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.Inference;
import org.cgtatlas.domain.Milestone;
import org.cgtatlas.domain.MilestoneCategory;
import org.cgtatlas.domain.SubjectType;

/** Country highlights: regulatory, innovation, manufacturing and company milestones. */
public final class MilestoneRepository {

    private static final String COLUMNS = "id, country_code, category, title, description, occurred_on, occurred_precision, "
            + Jdbc.PROVENANCE_COLUMNS;

    private final Database database;
    private final CitationRepository citations = new CitationRepository();
    private final InferenceRepository inferences = new InferenceRepository();
    private final LinkTable organizations = new LinkTable("milestone_organization", "milestone_id", "organization_id");
    private final LinkTable events = new LinkTable("milestone_event", "milestone_id", "event_id");

    public MilestoneRepository(Database database) {
        this.database = database;
    }

    public List<Milestone> findAll() {
        return database.read(this::findAll);
    }

    public List<Milestone> findAll(Connection connection) throws SQLException {
        Map<String, List<Citation>> cited = citations.findAll(connection, SubjectType.MILESTONE);
        Map<String, List<Inference>> inferred = inferences.findAll(connection, SubjectType.MILESTONE);
        Map<String, List<String>> organizationIds = organizations.findAll(connection);
        Map<String, List<String>> eventIds = events.findAll(connection);
        List<Milestone> milestones = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM milestone ORDER BY country_code, occurred_on DESC NULLS LAST, title");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString("id");
                milestones.add(new Milestone(id, rows.getString("country_code"),
                        Jdbc.getEnum(rows, "category", MilestoneCategory.class), rows.getString("title"),
                        rows.getString("description"), Jdbc.getDate(rows, "occurred_on", "occurred_precision"),
                        organizationIds.getOrDefault(id, List.of()), eventIds.getOrDefault(id, List.of()),
                        cited.getOrDefault(id, List.of()), Jdbc.getProvenance(rows), inferred.getOrDefault(id, List.of())));
            }
        }
        return milestones;
    }

    /** The record with this id as {@code connection} sees it, or null. */
    public Milestone find(Connection connection, String id) throws SQLException {
        return findAll(connection).stream().filter(milestone -> milestone.id().equals(id)).findFirst().orElse(null);
    }

    public void upsert(Connection connection, Milestone milestone) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "MERGE INTO milestone (" + COLUMNS + ") KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, milestone.id());
            statement.setString(2, milestone.countryCode());
            Jdbc.setEnum(statement, 3, milestone.category());
            statement.setString(4, milestone.title());
            statement.setString(5, milestone.description());
            Jdbc.setDate(statement, 6, milestone.date());
            Jdbc.setProvenance(statement, 8, milestone.provenance());
            statement.executeUpdate();
        }
        organizations.replace(connection, milestone.id(), milestone.organizationIds());
        events.replace(connection, milestone.id(), milestone.eventIds());
        citations.replace(connection, SubjectType.MILESTONE, milestone.id(), milestone.citations());
        inferences.replace(connection, SubjectType.MILESTONE, milestone.id(), milestone.inferred());
    }
}
