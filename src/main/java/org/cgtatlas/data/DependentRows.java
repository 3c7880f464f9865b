package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows of a link table that point at a record, copied before the record is deleted (the foreign key
 * cascades them away) so that an undo can put them back exactly. Table and column names are repository constants.
 */
final class DependentRows {

    private final String table;
    private final List<String> columns;
    private final List<Object[]> rows;

    private DependentRows(String table, List<String> columns, List<Object[]> rows) {
        this.table = table;
        this.columns = columns;
        this.rows = rows;
    }

    static DependentRows select(Connection connection, String table, List<String> columns, String keyColumn, String id)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + String.join(", ", columns) + " FROM " + table + " WHERE " + keyColumn + " = ?")) {
            statement.setString(1, id);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = result.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return new DependentRows(table, columns, rows);
    }

    void insert(Connection connection) throws SQLException {
        String placeholders = String.join(", ", Collections.nCopies(columns.size(), "?"));
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + placeholders + ")")) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
