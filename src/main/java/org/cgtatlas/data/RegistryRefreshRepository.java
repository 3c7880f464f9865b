package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Optional;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.RegistryRefresh;

/** The completed refreshes from registry APIs ({@code registry_refresh}); the newest one of a registry decides the next. */
public final class RegistryRefreshRepository {

    private final Database database;

    public RegistryRefreshRepository(Database database) {
        this.database = database;
    }

    public Optional<RegistryRefresh> last(String registry) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT registry, api_url, query, updated_since, "
                    + "data_timestamp, refreshed_at, pages, studies_returned, trial_import_id FROM registry_refresh "
                    + "WHERE registry = ? ORDER BY id DESC LIMIT 1")) {
                statement.setString(1, registry);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    Date since = rows.getDate(4);
                    long importId = rows.getLong(9);
                    return Optional.of(new RegistryRefresh(rows.getString(1), rows.getString(2), rows.getString(3),
                            since == null ? null : since.toLocalDate(), rows.getString(5), rows.getTimestamp(6).toInstant(),
                            rows.getInt(7), rows.getLong(8), rows.wasNull() ? null : importId));
                }
            }
        });
    }

    /** Records a refresh on the caller's connection, inside the transaction that stored its studies. */
    public static void record(Connection connection, RegistryRefresh refresh) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO registry_refresh (registry, api_url, query, "
                + "updated_since, data_timestamp, refreshed_at, pages, studies_returned, trial_import_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, refresh.registry());
            insert.setString(2, refresh.apiUrl());
            insert.setString(3, refresh.query());
            if (refresh.updatedSince() == null) {
                insert.setNull(4, Types.DATE);
            } else {
                insert.setDate(4, Date.valueOf(refresh.updatedSince()));
            }
            insert.setString(5, refresh.dataTimestamp());
            insert.setTimestamp(6, Timestamp.from(refresh.refreshedAt()));
            insert.setInt(7, refresh.pages());
            insert.setLong(8, refresh.studiesReturned());
            if (refresh.importId() == null) {
                insert.setNull(9, Types.BIGINT);
            } else {
                insert.setLong(9, refresh.importId());
            }
            insert.executeUpdate();
        }
    }
}
