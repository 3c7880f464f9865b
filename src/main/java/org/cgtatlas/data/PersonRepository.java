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
import org.cgtatlas.domain.Person;
import org.cgtatlas.domain.SubjectType;

/** People the sources name, with the events they appear in. */
public final class PersonRepository {

    private static final String COLUMNS = "id, name, local_name, honorifics, person_role, organization_id, country_code, "
            + Jdbc.PROVENANCE_COLUMNS;

    private final Database database;
    private final CitationRepository citations = new CitationRepository();
    private final InferenceRepository inferences = new InferenceRepository();
    private final LinkTable events = new LinkTable("person_event", "person_id", "event_id");

    public PersonRepository(Database database) {
        this.database = database;
    }

    public List<Person> findAll() {
        return database.read(this::findAll);
    }

    public List<Person> findAll(Connection connection) throws SQLException {
        Map<String, List<Citation>> cited = citations.findAll(connection, SubjectType.PERSON);
        Map<String, List<Inference>> inferred = inferences.findAll(connection, SubjectType.PERSON);
        Map<String, List<String>> eventIds = events.findAll(connection);
        List<Person> people = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM person ORDER BY name");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString("id");
                people.add(new Person(id, rows.getString("name"), rows.getString("local_name"),
                        rows.getString("honorifics"), rows.getString("person_role"), rows.getString("organization_id"),
                        rows.getString("country_code"), eventIds.getOrDefault(id, List.of()),
                        cited.getOrDefault(id, List.of()), Jdbc.getProvenance(rows),
                        inferred.getOrDefault(id, List.of())));
            }
        }
        return people;
    }

    /** The record with this id as {@code connection} sees it, or null. */
    public Person find(Connection connection, String id) throws SQLException {
        return findAll(connection).stream().filter(person -> person.id().equals(id)).findFirst().orElse(null);
    }

    public void upsert(Connection connection, Person person) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "MERGE INTO person (" + COLUMNS + ") KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, person.id());
            statement.setString(2, person.name());
            statement.setString(3, person.localName());
            statement.setString(4, person.honorifics());
            statement.setString(5, person.role());
            statement.setString(6, person.organizationId());
            statement.setString(7, person.countryCode());
            Jdbc.setProvenance(statement, 8, person.provenance());
            statement.executeUpdate();
        }
        events.replace(connection, person.id(), person.eventIds());
        citations.replace(connection, SubjectType.PERSON, person.id(), person.citations());
        inferences.replace(connection, SubjectType.PERSON, person.id(), person.inferred());
    }
}
