package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.EventParticipant;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.domain.SubjectType;

/** Collaboration and industry events with their parties and countries. */
public final class EventRepository {

    private static final String COLUMNS = "id, event_type, title, occurred_on, occurred_precision, ended_on, ended_precision, "
            + "deal_value, currency, place, description, parent_event_id, " + Jdbc.PROVENANCE_COLUMNS;

    private final Database database;
    private final CitationRepository citations = new CitationRepository();
    private final LinkTable countries = new LinkTable("event_country", "event_id", "country_code");

    public EventRepository(Database database) {
        this.database = database;
    }

    public List<CollaborationEvent> findAll() {
        return database.read(this::findAll);
    }

    public List<CollaborationEvent> findAll(Connection connection) throws SQLException {
        Map<String, List<Citation>> cited = citations.findAll(connection, SubjectType.EVENT);
        Map<String, List<String>> countryCodes = countries.findAll(connection);
        Map<String, List<EventParticipant>> participants = findParticipants(connection);
        List<CollaborationEvent> events = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM collaboration_event ORDER BY occurred_on NULLS LAST, title");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString("id");
                events.add(new CollaborationEvent(id, Jdbc.getEnum(rows, "event_type", EventType.class),
                        rows.getString("title"), Jdbc.getDate(rows, "occurred_on", "occurred_precision"),
                        Jdbc.getDate(rows, "ended_on", "ended_precision"), participants.getOrDefault(id, List.of()),
                        countryCodes.getOrDefault(id, List.of()), rows.getBigDecimal("deal_value"),
                        rows.getString("currency"), rows.getString("place"), rows.getString("description"),
                        rows.getString("parent_event_id"), cited.getOrDefault(id, List.of()), Jdbc.getProvenance(rows)));
            }
        }
        return events;
    }

    private Map<String, List<EventParticipant>> findParticipants(Connection connection) throws SQLException {
        Map<String, List<EventParticipant>> byEvent = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT event_id, organization_id, participant_role FROM event_participant ORDER BY event_id, position");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                byEvent.computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
                        .add(new EventParticipant(rows.getString(2), rows.getString(3)));
            }
        }
        return byEvent;
    }

    /** Writes the event; a parent event must already be stored (or be written first). */
    public void upsert(Connection connection, CollaborationEvent event) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "MERGE INTO collaboration_event (" + COLUMNS + ") KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, event.id());
            Jdbc.setEnum(statement, 2, event.type());
            statement.setString(3, event.title());
            Jdbc.setDate(statement, 4, event.date());
            Jdbc.setDate(statement, 6, event.endDate());
            statement.setBigDecimal(8, event.dealValue());
            statement.setString(9, event.currency());
            statement.setString(10, event.place());
            statement.setString(11, event.description());
            statement.setString(12, event.parentEventId());
            Jdbc.setProvenance(statement, 13, event.provenance());
            statement.executeUpdate();
        }
        replaceParticipants(connection, event);
        countries.replace(connection, event.id(), event.countryCodes());
        citations.replace(connection, SubjectType.EVENT, event.id(), event.citations());
    }

    private void replaceParticipants(Connection connection, CollaborationEvent event) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM event_participant WHERE event_id = ?")) {
            delete.setString(1, event.id());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO event_participant (event_id, organization_id, participant_role, position) VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (EventParticipant participant : event.participants()) {
                insert.setString(1, event.id());
                insert.setString(2, participant.organizationId());
                insert.setString(3, participant.role());
                insert.setInt(4, position++);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
