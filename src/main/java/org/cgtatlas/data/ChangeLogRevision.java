package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The data's revision in the change log: its newest seq, 0 while it is empty. */
public final class ChangeLogRevision {

    private ChangeLogRevision() {
    }

    /** As {@code connection}'s transaction sees the log. */
    public static long newest(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM change_log");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
