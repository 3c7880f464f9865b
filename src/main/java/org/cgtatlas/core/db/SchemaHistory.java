package org.cgtatlas.core.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tells, with two small queries and without Flyway, whether a database already holds exactly the migrations this build
 * ships, all applied successfully. Only then may an open skip Flyway, whose class loading and scan of the class path
 * for migrations cost more at start-up than opening H2 itself; any other state (a new file, a migration pending or
 * failed, one this build does not know) goes through Flyway as before.
 */
final class SchemaHistory {

    /** The versions of the migrations under {@code org/cgtatlas/core/db/migration}; a test keeps it in step with the files. */
    static final List<Integer> SHIPPED = List.of(1, 2, 3, 4, 5, 6, 8, 10, 11, 12, 13, 14, 15);

    private SchemaHistory() {
    }

    static boolean holdsExactlyTheShippedMigrations(Connection connection) throws SQLException {
        return hasHistoryTable(connection) && SHIPPED.equals(List.copyOf(appliedVersions(connection)));
    }

    static String latestShipped() {
        return String.valueOf(SHIPPED.get(SHIPPED.size() - 1));
    }

    private static boolean hasHistoryTable(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'");
             ResultSet rows = statement.executeQuery()) {
            return rows.next() && rows.getInt(1) == 1;
        }
    }

    /**
     * The successfully applied versions, sorted; a failed or non-numeric entry makes the set unlike any shipped one.
     * Flyway's own note that it created the table (type TABLE) is no migration.
     */
    private static Set<Integer> appliedVersions(Connection connection) throws SQLException {
        Set<Integer> versions = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"type\" <> 'TABLE'");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String version = rows.getString(1);
                if (!rows.getBoolean(2) || version == null || !version.matches("\\d{1,9}")) {
                    versions.add(-1);
                } else {
                    versions.add(Integer.parseInt(version));
                }
            }
        }
        return versions;
    }
}
