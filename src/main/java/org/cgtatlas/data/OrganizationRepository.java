package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.ChangeCause;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.Inference;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.OrganizationType;
import org.cgtatlas.domain.PipelineListing;
import org.cgtatlas.domain.RecordIds;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.domain.RecordOrigin;
import org.cgtatlas.domain.SubjectType;

/** Companies, institutions, societies, regulators, investors and government bodies. */
public final class OrganizationRepository {

    /** The link tables whose rows point at an organization and cascade away with it: table and its columns. */
    private static final Map<String, List<String>> LINK_TABLES = Map.of(
            "event_participant", List.of("event_id", "organization_id", "participant_role", "position"),
            "milestone_organization", List.of("milestone_id", "organization_id", "position"),
            "programme_partner", List.of("programme_id", "organization_id", "position"));

    /** The records a link table ties to an organization: their kind and the column holding their id. */
    private static final Map<RecordKind, String> LINKED_RECORDS = Map.of(
            RecordKind.EVENT, "SELECT DISTINCT event_id FROM event_participant WHERE organization_id = ?",
            RecordKind.MILESTONE, "SELECT DISTINCT milestone_id FROM milestone_organization WHERE organization_id = ?",
            RecordKind.PROGRAMME, "SELECT DISTINCT programme_id FROM programme_partner WHERE organization_id = ?",
            RecordKind.PERSON, "SELECT id FROM person WHERE organization_id = ?");

    private final Database database;
    private final ChangeRecorder changes;
    private final Map<RecordKind, ChangeRecorder.RecordReader> linkedReaders;
    private final CitationRepository citations = new CitationRepository();
    private final InferenceRepository inferences = new InferenceRepository();
    private final DeletedRecordRepository deletedRecords = new DeletedRecordRepository();
    private final PipelineListingRepository listings;
    private final LinkTable aliases = new LinkTable("organization_alias", "organization_id", "alias");

    public OrganizationRepository(Database database) {
        this(database, ChangeRecorder.standard());
    }

    public OrganizationRepository(Database database, ChangeRecorder changes) {
        this.database = database;
        this.changes = changes;
        this.listings = new PipelineListingRepository(database);
        this.linkedReaders = Map.of(
                RecordKind.EVENT, new EventRepository(database, changes)::findOrNull,
                RecordKind.MILESTONE, new MilestoneRepository(database)::find,
                RecordKind.PROGRAMME, new ProgrammeRepository(database, changes)::find,
                RecordKind.PERSON, new PersonRepository(database)::find);
    }

    /** The organization with this id as {@code connection} sees it, or null. */
    public Organization find(Connection connection, String id) throws SQLException {
        return findAll(connection).stream().filter(organization -> organization.id().equals(id)).findFirst().orElse(null);
    }

    public List<Organization> findAll() {
        return database.read(this::findAll);
    }

    public List<Organization> findAll(Connection connection) throws SQLException {
        Map<String, List<Citation>> cited = citations.findAll(connection, SubjectType.ORGANIZATION);
        Map<String, List<Inference>> inferred = inferences.findAll(connection, SubjectType.ORGANIZATION);
        Map<String, List<String>> aliasesById = aliases.findAll(connection);
        List<Organization> organizations = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, name, local_name, country_code, org_type, description, " + Jdbc.PROVENANCE_COLUMNS
                        + " FROM organization ORDER BY name");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString("id");
                organizations.add(new Organization(id, rows.getString("name"), rows.getString("local_name"),
                        aliasesById.getOrDefault(id, List.of()), rows.getString("country_code"),
                        Jdbc.getEnum(rows, "org_type", OrganizationType.class), rows.getString("description"),
                        cited.getOrDefault(id, List.of()), Jdbc.getProvenance(rows),
                        inferred.getOrDefault(id, List.of())));
            }
        }
        return organizations;
    }

    public void upsert(Connection connection, Organization organization) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "MERGE INTO organization (id, name, local_name, country_code, org_type, description, "
                        + Jdbc.PROVENANCE_COLUMNS + ") KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, organization.id());
            statement.setString(2, organization.name());
            statement.setString(3, organization.localName());
            statement.setString(4, organization.countryCode());
            Jdbc.setEnum(statement, 5, organization.type());
            statement.setString(6, organization.description());
            Jdbc.setProvenance(statement, 7, organization.provenance());
            statement.executeUpdate();
        }
        aliases.replace(connection, organization.id(), organization.aliases());
        citations.replace(connection, SubjectType.ORGANIZATION, organization.id(), organization.citations());
        inferences.replace(connection, SubjectType.ORGANIZATION, organization.id(), organization.inferred());
    }

    /** Adds or changes an organization with its aliases in one transaction. */
    public void save(Organization organization) {
        save(organization, ChangeCause.EDIT);
    }

    void save(Organization organization, ChangeCause cause) {
        database.inTransaction(connection -> {
            ChangeSet changed = changes.begin(connection, cause).track(RecordKind.ORGANIZATION, organization.id(), this::find);
            upsert(connection, organization);
            changed.record();
            return null;
        });
    }

    /**
     * Deletes an organization that owns no programmes, with its pipeline listings; the links that pointed at it
     * (event participations, milestones, partnerships, people) are returned with it so that the delete can be undone.
     *
     * @throws OrganizationInUseException if it still owns programmes (nothing is deleted then)
     */
    public OrganizationRemoval delete(Organization organization) {
        return delete(organization, ChangeCause.DELETE);
    }

    OrganizationRemoval delete(Organization organization, ChangeCause cause) {
        return database.inTransaction(connection -> {
            int owned = countProgrammes(connection, organization.id());
            if (owned > 0) {
                throw new OrganizationInUseException(organization.name(), owned);
            }
            List<PipelineListing> removedListings = new ArrayList<>();
            for (PipelineListing listing : listings.findAll(connection)) {
                if (organization.id().equals(listing.organizationId())) {
                    removedListings.add(listing);
                }
            }
            Map<RecordKind, List<String>> linked = linkedRecords(connection, organization.id());
            ChangeSet changed = track(connection, cause, organization.id(), removedListings, linked);
            for (PipelineListing listing : removedListings) {
                citations.delete(connection, SubjectType.PIPELINE_LISTING, listing.id());
                inferences.delete(connection, SubjectType.PIPELINE_LISTING, listing.id());
                rememberIfBundled(connection, SubjectType.PIPELINE_LISTING, listing.id(), listing.provenance().origin());
            }
            List<DependentRows> links = new ArrayList<>();
            for (var table : LINK_TABLES.entrySet()) {
                links.add(DependentRows.select(connection, table.getKey(), table.getValue(), "organization_id", organization.id()));
            }
            List<String> peopleIds = peopleOf(connection, organization.id());
            citations.delete(connection, SubjectType.ORGANIZATION, organization.id());
            inferences.delete(connection, SubjectType.ORGANIZATION, organization.id());
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM organization WHERE id = ?")) {
                statement.setString(1, organization.id());
                statement.executeUpdate();
            }
            rememberIfBundled(connection, SubjectType.ORGANIZATION, organization.id(), organization.provenance().origin());
            changed.record();
            return new OrganizationRemoval(organization, removedListings, links, peopleIds, linked);
        });
    }

    /** Undoes {@link #delete(Organization)}: the organization, its listings and its links come back. */
    public void restore(OrganizationRemoval removal) {
        database.inTransaction(connection -> {
            Organization organization = removal.organization();
            ChangeSet changed = track(connection, ChangeCause.UNDO, organization.id(), removal.listings(), removal.linked());
            upsert(connection, organization);
            deletedRecords.forget(connection, SubjectType.ORGANIZATION, organization.id());
            for (PipelineListing listing : removal.listings()) {
                listings.upsert(connection, listing);
                deletedRecords.forget(connection, SubjectType.PIPELINE_LISTING, listing.id());
            }
            for (DependentRows rows : removal.links()) {
                rows.insert(connection);
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE person SET organization_id = ? WHERE id = ?")) {
                for (String personId : removal.peopleIds()) {
                    statement.setString(1, organization.id());
                    statement.setString(2, personId);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            changed.record();
            return null;
        });
    }

    /** Follows the organization, its listings and every record whose links to it a delete or restore changes. */
    private ChangeSet track(Connection connection, ChangeCause cause, String organizationId,
                            List<PipelineListing> ownListings, Map<RecordKind, List<String>> linked) throws SQLException {
        ChangeSet changed = changes.begin(connection, cause).track(RecordKind.ORGANIZATION, organizationId, this::find);
        for (PipelineListing listing : ownListings) {
            changed.track(RecordKind.PIPELINE_LISTING, listing.id(), listings::find);
        }
        for (var kind : linked.entrySet()) {
            for (String id : kind.getValue()) {
                changed.track(kind.getKey(), id, linkedReaders.get(kind.getKey()));
            }
        }
        return changed;
    }

    private static Map<RecordKind, List<String>> linkedRecords(Connection connection, String organizationId)
            throws SQLException {
        Map<RecordKind, List<String>> linked = new EnumMap<>(RecordKind.class);
        for (var query : LINKED_RECORDS.entrySet()) {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(query.getValue())) {
                statement.setString(1, organizationId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
            }
            linked.put(query.getKey(), ids);
        }
        return linked;
    }

    private static int countProgrammes(Connection connection, String organizationId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM programme WHERE organization_id = ?")) {
            statement.setString(1, organizationId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static List<String> peopleOf(Connection connection, String organizationId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM person WHERE organization_id = ?")) {
            statement.setString(1, organizationId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private void rememberIfBundled(Connection connection, SubjectType type, String id, RecordOrigin origin)
            throws SQLException {
        if (origin == RecordOrigin.BUNDLED) {
            deletedRecords.remember(connection, type, id, RecordIds.currentUser());
        }
    }
}
