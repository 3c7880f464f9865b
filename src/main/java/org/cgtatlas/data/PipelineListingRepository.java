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
import org.cgtatlas.domain.PipelineListing;
import org.cgtatlas.domain.SubjectType;

/** Organizations named in the sources' pipeline lists per country. */
public final class PipelineListingRepository {

    private final Database database;
    private final CitationRepository citations = new CitationRepository();
    private final InferenceRepository inferences = new InferenceRepository();

    public PipelineListingRepository(Database database) {
        this.database = database;
    }

    public List<PipelineListing> findAll() {
        return database.read(this::findAll);
    }

    public List<PipelineListing> findAll(Connection connection) throws SQLException {
        Map<String, List<Citation>> cited = citations.findAll(connection, SubjectType.PIPELINE_LISTING);
        Map<String, List<Inference>> inferred = inferences.findAll(connection, SubjectType.PIPELINE_LISTING);
        List<PipelineListing> listings = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, organization_id, country_code, " + Jdbc.PROVENANCE_COLUMNS
                        + " FROM pipeline_listing ORDER BY country_code, id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString("id");
                listings.add(new PipelineListing(id, rows.getString("organization_id"), rows.getString("country_code"),
                        cited.getOrDefault(id, List.of()), Jdbc.getProvenance(rows),
                        inferred.getOrDefault(id, List.of())));
            }
        }
        return listings;
    }

    /** The record with this id as {@code connection} sees it, or null. */
    public PipelineListing find(Connection connection, String id) throws SQLException {
        return findAll(connection).stream().filter(listing -> listing.id().equals(id)).findFirst().orElse(null);
    }

    public void upsert(Connection connection, PipelineListing listing) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "MERGE INTO pipeline_listing (id, organization_id, country_code, " + Jdbc.PROVENANCE_COLUMNS
                        + ") KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, listing.id());
            statement.setString(2, listing.organizationId());
            statement.setString(3, listing.countryCode());
            Jdbc.setProvenance(statement, 4, listing.provenance());
            statement.executeUpdate();
        }
        citations.replace(connection, SubjectType.PIPELINE_LISTING, listing.id(), listing.citations());
        inferences.replace(connection, SubjectType.PIPELINE_LISTING, listing.id(), listing.inferred());
    }
}
