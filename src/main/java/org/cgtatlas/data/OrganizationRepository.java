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
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.OrganizationType;
import org.cgtatlas.domain.SubjectType;

/** Companies, institutions, societies, regulators, investors and government bodies. */
public final class OrganizationRepository {

    private final Database database;
    private final CitationRepository citations = new CitationRepository();
    private final LinkTable aliases = new LinkTable("organization_alias", "organization_id", "alias");

    public OrganizationRepository(Database database) {
        this.database = database;
    }

    public List<Organization> findAll() {
        return database.read(this::findAll);
    }

    public List<Organization> findAll(Connection connection) throws SQLException {
        Map<String, List<Citation>> cited = citations.findAll(connection, SubjectType.ORGANIZATION);
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
                        cited.getOrDefault(id, List.of()), Jdbc.getProvenance(rows)));
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
    }
}
