package org.cgtatlas.testing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.cgtatlas.core.db.Database;

/** Writes and reads single rows of the {@code app_metadata} table: the smallest committed change a storage test can check. */
public final class MetadataRows {

    private MetadataRows() {
    }

    public static void insert(Database database, String key, String value) {
        database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO app_metadata (meta_key, meta_value) VALUES (?, ?)")) {
                statement.setString(1, key);
                statement.setString(2, value);
                return statement.executeUpdate();
            }
        });
    }

    public static String read(Database database, String key) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT meta_value FROM app_metadata WHERE meta_key = ?")) {
                statement.setString(1, key);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
    }
}
