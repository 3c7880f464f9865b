package org.cgtatlas.testing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.TableStatsRepository;

/** Every table's rows as text, so that "unchanged" means exactly unchanged. */
public final class DatabaseSnapshot {

    private DatabaseSnapshot() {
    }

    public static String of(Database database) {
        return snapshot(database, false, "");
    }

    /** As {@link #of}, without the rows of one table (e.g. a log that is meant to grow). */
    public static String without(Database database, String table) {
        return snapshot(database, false, table);
    }

    /**
     * As {@link #of}, without the imports' own records, their runs' entries in the change log and which import wrote
     * the rows (two imports of one file then look the same).
     */
    public static String withoutImports(Database database) {
        return snapshot(database, true, "");
    }

    private static boolean isImportRecord(String table) {
        return table.startsWith("TRIAL_IMPORT") || table.equals("CHANGE_LOG") || table.equals("REGISTRY_RUN_TRIAL");
    }

    private static String snapshot(Database database, boolean withoutImports, String skipped) {
        StringBuilder text = new StringBuilder();
        for (String table : new TableStatsRepository(database).rowCounts().keySet()) {
            if (table.startsWith("flyway") || withoutImports && isImportRecord(table) || table.equalsIgnoreCase(skipped)) {
                continue;
            }
            database.read(connection -> {
                try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM \"" + table + "\" ORDER BY 1, 2");
                     ResultSet rows = statement.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        text.append(table).append(':');
                        for (int i = 1; i <= columns; i++) {
                            boolean importId = rows.getMetaData().getColumnLabel(i).endsWith("IMPORT_ID");
                            text.append(withoutImports && importId ? "#" : rows.getString(i)).append('|');
                        }
                        text.append('\n');
                    }
                }
                return null;
            });
        }
        return text.toString();
    }
}
