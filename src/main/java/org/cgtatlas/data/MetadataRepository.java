package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.cgtatlas.core.db.Database;

/** Facts about the database itself, such as which dataset version it holds. */
public final class MetadataRepository {

    public static final String DATASET_VERSION = "dataset_version";
    public static final String DATASET_AS_OF = "dataset_as_of";

    private final Database database;

    public MetadataRepository(Database database) {
        this.database = database;
    }

    public Optional<String> get(String key) {
        return database.read(connection -> get(connection, key));
    }

    public Optional<String> get(Connection connection, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT meta_value FROM app_metadata WHERE meta_key = ?")) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    public void put(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "MERGE INTO app_metadata (meta_key, meta_value) KEY (meta_key) VALUES (?, ?)")) {
            statement.setString(1, key);
            statement.setString(2, value);
            statement.executeUpdate();
        }
    }
}
