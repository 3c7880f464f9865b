package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered list of ids attached to a record, kept in a two-column table with a position
 * (programme partners, event countries, milestone organizations, people's events).
 * The table and column names are constants of the repositories, never input.
 */
final class LinkTable {

    private final String table;
    private final String ownerColumn;
    private final String valueColumn;

    LinkTable(String table, String ownerColumn, String valueColumn) {
        this.table = table;
        this.ownerColumn = ownerColumn;
        this.valueColumn = valueColumn;
    }

    Map<String, List<String>> findAll(Connection connection) throws SQLException {
        Map<String, List<String>> byOwner = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + ownerColumn + ", " + valueColumn + " FROM " + table + " ORDER BY " + ownerColumn + ", position");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                byOwner.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return byOwner;
    }

    void replace(Connection connection, String ownerId, List<String> values) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE " + ownerColumn + " = ?")) {
            delete.setString(1, ownerId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " (" + ownerColumn + ", " + valueColumn + ", position) VALUES (?, ?, ?)")) {
            int position = 0;
            for (String value : values) {
                insert.setString(1, ownerId);
                insert.setString(2, value);
                insert.setInt(3, position++);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
