package org.cgtatlas.data;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import org.cgtatlas.domain.DatePrecision;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.RecordOrigin;

/** Small conversions between domain values and JDBC parameters and columns. */
final class Jdbc {

    static final String PROVENANCE_COLUMNS = "origin, user_edited, updated_by, updated_at";

    private Jdbc() {
    }

    /** Sets a date as two parameters: its first day and its precision. */
    static void setDate(PreparedStatement statement, int index, PartialDate date) throws SQLException {
        statement.setObject(index, date == null ? null : date.start(), Types.DATE);
        statement.setString(index + 1, date == null ? null : date.precision().name());
    }

    static PartialDate getDate(ResultSet rows, String dateColumn, String precisionColumn) throws SQLException {
        Date date = rows.getDate(dateColumn);
        String precision = rows.getString(precisionColumn);
        return date == null ? null : new PartialDate(date.toLocalDate(), DatePrecision.valueOf(precision));
    }

    /** Sets the four provenance columns starting at {@code index}; returns the next free index. */
    static int setProvenance(PreparedStatement statement, int index, Provenance provenance) throws SQLException {
        Provenance value = provenance == null ? Provenance.BUNDLED : provenance;
        statement.setString(index, value.origin().name());
        statement.setBoolean(index + 1, value.userEdited());
        statement.setString(index + 2, value.updatedBy());
        statement.setObject(index + 3, value.updatedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
        return index + 4;
    }

    static Provenance getProvenance(ResultSet rows) throws SQLException {
        return new Provenance(RecordOrigin.valueOf(rows.getString("origin")), rows.getBoolean("user_edited"),
                rows.getString("updated_by"), rows.getObject("updated_at", OffsetDateTime.class));
    }

    static void setEnum(PreparedStatement statement, int index, Enum<?> value) throws SQLException {
        statement.setString(index, value == null ? null : value.name());
    }

    static <E extends Enum<E>> E getEnum(ResultSet rows, String column, Class<E> type) throws SQLException {
        String name = rows.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }
}
