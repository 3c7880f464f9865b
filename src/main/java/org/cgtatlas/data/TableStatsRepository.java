package org.cgtatlas.data;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cgtatlas.core.db.Database;

/** Row counts of the application's tables, for {@code cgt-atlas info}. */
public final class TableStatsRepository {

    private final Database database;

    public TableStatsRepository(Database database) {
        this.database = database;
    }

    public Map<String, Long> rowCounts() {
        return database.read(connection -> {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' "
                            + "AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : tables) {
                // Table names come from the database's own catalogue, never from input; identifiers cannot be bound.
                String quoted = '"' + table.replace("\"", "\"\"") + '"';
                try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + quoted);
                     ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
            return counts;
        });
    }
}
