package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.Briefing;

/** The briefings pinned by PDF exports ({@code briefing}, V15): added once each, never changed. */
public final class BriefingRepository {

    private final Database database;

    public BriefingRepository(Database database) {
        this.database = database;
    }

    /** Stores {@code briefing}; returns it with its id. */
    public Briefing record(Briefing briefing) {
        return database.inTransaction(connection -> briefing.withId(insert(connection, briefing)));
    }

    private static long insert(Connection connection, Briefing briefing) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO briefing (created_at, created_by, title, "
                + "filters, sections, data_revision, file_path, file_sha256, pages) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setTimestamp(1, Timestamp.from(briefing.createdAt()));
            insert.setString(2, briefing.createdBy());
            insert.setString(3, briefing.title());
            insert.setString(4, briefing.filters());
            insert.setString(5, String.join(",", briefing.sections()));
            insert.setLong(6, briefing.dataRevision());
            insert.setString(7, briefing.filePath());
            insert.setString(8, briefing.sha256());
            insert.setInt(9, briefing.pages());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Every briefing, newest first. */
    public List<Briefing> findAll() {
        return database.read(connection -> {
            List<Briefing> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, created_at, created_by, title, filters, "
                    + "sections, data_revision, file_path, file_sha256, pages FROM briefing ORDER BY created_at DESC, id DESC");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String sections = rows.getString(6);
                    found.add(new Briefing(rows.getLong(1), rows.getTimestamp(2).toInstant(), rows.getString(3),
                            rows.getString(4), rows.getString(5),
                            sections.isEmpty() ? List.of() : Arrays.asList(sections.split(",")), rows.getLong(7),
                            rows.getString(8), rows.getString(9), rows.getInt(10)));
                }
            }
            return found;
        });
    }
}
