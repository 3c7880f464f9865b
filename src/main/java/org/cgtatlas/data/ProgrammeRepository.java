package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.core.db.DatabaseException;
import org.cgtatlas.domain.AnalystSource;
import org.cgtatlas.domain.ChangeCause;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Inference;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.RecordIds;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.domain.RecordOrigin;
import org.cgtatlas.domain.SubjectType;

/** Pipeline programmes and products. */
public final class ProgrammeRepository {

    private static final String COLUMNS = "id, name, organization_id, country_code, modality, target, indication, stage, "
            + "status_text, description, " + Jdbc.PROVENANCE_COLUMNS;

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String UNIQUE_NAME_CONSTRAINT = "PROGRAMME_UNIQUE_PER_ORGANIZATION";

    private final Database database;
    private final ChangeRecorder changes;
    private final CitationRepository citations = new CitationRepository();
    private final InferenceRepository inferences = new InferenceRepository();
    private final AnalystSourceRepository analystSources = new AnalystSourceRepository();
    private final DeletedRecordRepository deletedRecords = new DeletedRecordRepository();
    private final LinkTable partners = new LinkTable("programme_partner", "programme_id", "organization_id");

    public ProgrammeRepository(Database database) {
        this(database, ChangeRecorder.standard());
    }

    public ProgrammeRepository(Database database, ChangeRecorder changes) {
        this.database = database;
        this.changes = changes;
    }

    public List<Programme> findAll() {
        return database.read(this::findAll);
    }

    public List<Programme> findAll(Connection connection) throws SQLException {
        Map<String, List<Citation>> cited = citations.findAll(connection, SubjectType.PROGRAMME);
        Map<String, List<Inference>> inferred = inferences.findAll(connection, SubjectType.PROGRAMME);
        Map<String, List<AnalystSource>> ownSources = analystSources.findAll(connection, SubjectType.PROGRAMME);
        Map<String, List<String>> partnerIds = partners.findAll(connection);
        List<Programme> programmes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM programme ORDER BY name");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString("id");
                programmes.add(new Programme(id, rows.getString("name"), rows.getString("organization_id"),
                        rows.getString("country_code"), Jdbc.getEnum(rows, "modality", Modality.class),
                        rows.getString("target"), rows.getString("indication"),
                        Jdbc.getEnum(rows, "stage", DevelopmentStage.class), rows.getString("status_text"),
                        partnerIds.getOrDefault(id, List.of()), rows.getString("description"),
                        cited.getOrDefault(id, List.of()), Jdbc.getProvenance(rows),
                        inferred.getOrDefault(id, List.of()), ownSources.getOrDefault(id, List.of())));
            }
        }
        return programmes;
    }

    /** The programme with this id as {@code connection} sees it, or null. */
    public Programme find(Connection connection, String id) throws SQLException {
        return findAll(connection).stream().filter(programme -> programme.id().equals(id)).findFirst().orElse(null);
    }

    public void upsert(Connection connection, Programme programme) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "MERGE INTO programme (" + COLUMNS + ") KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, programme.id());
            statement.setString(2, programme.name());
            statement.setString(3, programme.organizationId());
            statement.setString(4, programme.countryCode());
            Jdbc.setEnum(statement, 5, programme.modality());
            statement.setString(6, programme.target());
            statement.setString(7, programme.indication());
            Jdbc.setEnum(statement, 8, programme.stage());
            statement.setString(9, programme.statusText());
            statement.setString(10, programme.description());
            Jdbc.setProvenance(statement, 11, programme.provenance());
            statement.executeUpdate();
        }
        partners.replace(connection, programme.id(), programme.partnerIds());
        citations.replace(connection, SubjectType.PROGRAMME, programme.id(), programme.citations());
        inferences.replace(connection, SubjectType.PROGRAMME, programme.id(), programme.inferred());
        analystSources.replace(connection, SubjectType.PROGRAMME, programme.id(), programme.analystSources());
    }

    /**
     * Adds or changes a programme with its partners in one transaction. A second programme of the same name for the
     * same organization is a {@link DuplicateProgrammeException}; on any failure nothing is written.
     */
    public void save(Programme programme) {
        save(programme, ChangeCause.EDIT);
    }

    void save(Programme programme, ChangeCause cause) {
        try {
            database.inTransaction(connection -> {
                ChangeSet changed = changes.begin(connection, cause).track(RecordKind.PROGRAMME, programme.id(), this::find);
                upsert(connection, programme);
                changed.record();
                return null;
            });
        } catch (DatabaseException e) {
            if (isDuplicateName(e)) {
                throw new DuplicateProgrammeException(programme.name(), e);
            }
            throw e;
        }
    }

    /** Deletes the programme with its partners and citations; a bundled one is remembered as deleted. */
    public void delete(Programme programme) {
        delete(programme, ChangeCause.DELETE);
    }

    void delete(Programme programme, ChangeCause cause) {
        database.inTransaction(connection -> {
            ChangeSet changed = changes.begin(connection, cause).track(RecordKind.PROGRAMME, programme.id(), this::find);
            citations.delete(connection, SubjectType.PROGRAMME, programme.id());
            inferences.delete(connection, SubjectType.PROGRAMME, programme.id());
            analystSources.delete(connection, SubjectType.PROGRAMME, programme.id());
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM programme WHERE id = ?")) {
                statement.setString(1, programme.id());
                statement.executeUpdate();
            }
            if (programme.provenance().origin() == RecordOrigin.BUNDLED) {
                deletedRecords.remember(connection, SubjectType.PROGRAMME, programme.id(), RecordIds.currentUser());
            }
            changed.record();
            return null;
        });
    }

    /** Undoes {@link #delete(Programme)}: the programme comes back as it was. */
    public void restore(Programme programme) {
        database.inTransaction(connection -> {
            ChangeSet changed = changes.begin(connection, ChangeCause.UNDO).track(RecordKind.PROGRAMME, programme.id(), this::find);
            upsert(connection, programme);
            deletedRecords.forget(connection, SubjectType.PROGRAMME, programme.id());
            changed.record();
            return null;
        });
    }

    private static boolean isDuplicateName(Throwable error) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            if (current instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).toUpperCase(Locale.ROOT).contains(UNIQUE_NAME_CONSTRAINT)) {
                return true;
            }
        }
        return false;
    }
}
