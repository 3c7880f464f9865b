package org.cgtatlas.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaHistoryTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    @TempDir
    Path folder;

    @Test
    void theShippedListNamesEveryMigrationFileInOrder() throws IOException, URISyntaxException {
        Path migrations = Path.of(SchemaHistory.class.getResource("migration").toURI());
        List<Integer> versions;
        try (Stream<Path> files = Files.list(migrations)) {
            versions = files.map(file -> MIGRATION.matcher(file.getFileName().toString())).filter(Matcher::matches)
                    .map(match -> Integer.parseInt(match.group(1))).sorted().toList();
        }
        assertThat(SchemaHistory.SHIPPED).isEqualTo(versions);
    }

    @Test
    void aDatabaseMigratedByThisBuildHoldsExactlyTheShippedMigrations() {
        try (Database database = Database.open(folder)) {
            assertThat(shipped(database)).isTrue();
            assertThat(database.schemaVersion()).isEqualTo(SchemaHistory.latestShipped());
        }
        try (Database reopened = Database.open(folder)) {
            assertThat(reopened.schemaVersion()).isEqualTo(SchemaHistory.latestShipped());
        }
    }

    @Test
    void aMissingFailedOrUnknownMigrationIsNotTheShippedSchema() {
        try (Database database = Database.open(folder)) {
            assertThat(shipped(database)).isTrue();
            update(database, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '3'");
            assertThat(shipped(database)).isFalse();
            update(database, "UPDATE \"flyway_schema_history\" SET \"success\" = TRUE, \"version\" = '999' WHERE \"version\" = '3'");
            assertThat(shipped(database)).isFalse();
            update(database, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '999'");
            assertThat(shipped(database)).isFalse();
        }
    }

    private static boolean shipped(Database database) {
        return database.read(SchemaHistory::holdsExactlyTheShippedMigrations);
    }

    private static void update(Database database, String sql) {
        database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                return statement.executeUpdate();
            }
        });
    }
}
