package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.AnalystSource;
import org.cgtatlas.domain.ChangeCause;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.EventParticipant;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.domain.Inference;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.domain.RecordOrigin;
import org.cgtatlas.domain.SubjectType;

/** Collaboration and industry events with their parties and countries. */
public final class EventRepository {

    private static final String COLUMNS = "id, event_type, title, occurred_on, occurred_precision, ended_on, ended_precision, "
            + "deal_value, currency, place, description, parent_event_id, " + Jdbc.PROVENANCE_COLUMNS;

    private final Database database;
    private final ChangeRecorder changes;
    private final PersonRepository people;
    private final CitationRepository citations = new CitationRepository();
    private final InferenceRepository inferences = new InferenceRepository();
    private final AnalystSourceRepository analystSources = new AnalystSourceRepository();
    private final LinkTable countries = new LinkTable("event_country", "event_id", "country_code");
    private final DeletedRecordRepository deletedRecords = new DeletedRecordRepository();

    public EventRepository(Database database) {
        this(database, ChangeRecorder.standard());
    }

    public EventRepository(Database database, ChangeRecorder changes) {
        this.database = database;
        this.changes = changes;
        this.people = new PersonRepository(database);
    }

    public List<CollaborationEvent> findAll() {
        return database.read(this::findAll);
    }

    public List<CollaborationEvent> findAll(Connection connection) throws SQLException {
        Map<String, List<Citation>> cited = citations.findAll(connection, SubjectType.EVENT);
        Map<String, List<Inference>> inferred = inferences.findAll(connection, SubjectType.EVENT);
        Map<String, List<AnalystSource>> ownSources = analystSources.findAll(connection, SubjectType.EVENT);
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
                        rows.getString("parent_event_id"), cited.getOrDefault(id, List.of()), Jdbc.getProvenance(rows),
                        inferred.getOrDefault(id, List.of()), ownSources.getOrDefault(id, List.of())));
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
        inferences.replace(connection, SubjectType.EVENT, event.id(), event.inferred());
        analystSources.replace(connection, SubjectType.EVENT, event.id(), event.analystSources());
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

    /** Stores a new or edited event, with its parties, countries and citations, in one transaction. */
    public void save(CollaborationEvent event) {
        save(event, ChangeCause.EDIT);
    }

    void save(CollaborationEvent event, ChangeCause cause) {
        database.inTransaction(connection -> {
            ChangeSet changed = changes.begin(connection, cause).track(RecordKind.EVENT, event.id(), this::findOrNull);
            upsert(connection, event);
            changed.record();
            return null;
        });
    }

    public Optional<CollaborationEvent> find(Connection connection, String id) throws SQLException {
        return findAll(connection).stream().filter(event -> event.id().equals(id)).findFirst();
    }

    CollaborationEvent findOrNull(Connection connection, String id) throws SQLException {
        return find(connection, id).orElse(null);
    }

    /**
     * Deletes the event in one transaction; a bundled event is remembered as deleted by {@code user} so a dataset
     * upgrade does not bring it back. Returns what {@link #restore} needs to undo it.
     */
    public EventRemoval delete(String id, String user) {
        return delete(id, user, ChangeCause.DELETE);
    }

    EventRemoval delete(String id, String user, ChangeCause cause) {
        return database.inTransaction(connection -> {
            CollaborationEvent event = find(connection, id)
                    .orElseThrow(() -> new SQLException("The event " + id + " no longer exists"));
            EventRemoval removal = new EventRemoval(event, childIds(connection, id), personPositions(connection, id));
            ChangeSet changed = track(connection, cause, removal);
            citations.delete(connection, SubjectType.EVENT, id);
            inferences.delete(connection, SubjectType.EVENT, id);
            analystSources.delete(connection, SubjectType.EVENT, id);
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM collaboration_event WHERE id = ?")) {
                statement.setString(1, id);
                statement.executeUpdate();
            }
            if (event.provenance() == null || event.provenance().origin() == RecordOrigin.BUNDLED) {
                deletedRecords.remember(connection, SubjectType.EVENT, id, user);
            }
            changed.record();
            return removal;
        });
    }

    /** Undoes {@link #delete}: the event, its children's link to it and its people come back, the tombstone goes. */
    public void restore(EventRemoval removal) {
        database.inTransaction(connection -> {
            String id = removal.event().id();
            ChangeSet changed = track(connection, ChangeCause.UNDO, removal);
            upsert(connection, removal.event());
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE collaboration_event SET parent_event_id = ? WHERE id = ?")) {
                for (String child : removal.childEventIds()) {
                    statement.setString(1, id);
                    statement.setString(2, child);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO person_event (person_id, event_id, position) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, Integer> link : removal.personPositions().entrySet()) {
                    statement.setString(1, link.getKey());
                    statement.setString(2, id);
                    statement.setInt(3, link.getValue());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            deletedRecords.forget(connection, SubjectType.EVENT, id);
            changed.record();
            return null;
        });
    }

    /** Follows the event and the records that point at it: its child events and its people. */
    private ChangeSet track(Connection connection, ChangeCause cause, EventRemoval removal) throws SQLException {
        ChangeSet changed = changes.begin(connection, cause).track(RecordKind.EVENT, removal.event().id(), this::findOrNull);
        for (String child : removal.childEventIds()) {
            changed.track(RecordKind.EVENT, child, this::findOrNull);
        }
        for (String person : removal.personPositions().keySet()) {
            changed.track(RecordKind.PERSON, person, people::find);
        }
        return changed;
    }

    private static List<String> childIds(Connection connection, String id) throws SQLException {
        List<String> children = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM collaboration_event WHERE parent_event_id = ? ORDER BY id")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    children.add(rows.getString(1));
                }
            }
        }
        return children;
    }

    private static Map<String, Integer> personPositions(Connection connection, String id) throws SQLException {
        Map<String, Integer> positions = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT person_id, position FROM person_event WHERE event_id = ?")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    positions.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return positions;
    }
}
