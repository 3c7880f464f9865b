package org.cgtatlas.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.Map;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.TextLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forms' limits are the sizes of the columns in the migrated schema, read from INFORMATION_SCHEMA. */
class TextLimitTest {

    @TempDir
    Path folder;

    @Test
    void everyLimitIsTheSizeOfItsColumn() {
        Map<TextLimit, Integer> columnSizes = new EnumMap<>(TextLimit.class);
        try (Database database = Database.open(folder)) {
            for (TextLimit limit : TextLimit.values()) {
                columnSizes.put(limit, database.read(connection -> {
                    try (PreparedStatement statement = connection.prepareStatement("SELECT CHARACTER_MAXIMUM_LENGTH "
                            + "FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
                        statement.setString(1, limit.table());
                        statement.setString(2, limit.column());
                        try (ResultSet rows = statement.executeQuery()) {
                            return rows.next() ? rows.getInt(1) : -1;
                        }
                    }
                }));
            }
        }
        for (TextLimit limit : TextLimit.values()) {
            assertThat(columnSizes.get(limit)).as(limit + " (" + limit.table() + "." + limit.column() + ")")
                    .isEqualTo(limit.maxLength());
        }
    }
}
