package org.cgtatlas.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.cgtatlas.core.error.ErrorWording;
import org.cgtatlas.testing.LibraryText;
import org.cgtatlas.testing.MetadataRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void migrationsCreateTheSchemaInAnEmptyFolder() {
        Path dataFolder = folder.resolve("new-folder");
        try (Database database = Database.open(dataFolder)) {
            assertThat(database.databaseFile()).exists();
            assertThat(database.schemaVersion()).isNotEqualTo("0");
            String createdAt = database.read(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT meta_value FROM app_metadata WHERE meta_key = 'created_at'");
                     ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            });
            assertThat(createdAt).isNotBlank();
        }
    }

    @Test
    void aSecondOpenOfTheSameFolderSaysItIsAlreadyOpenAndLeavesTheFirstWorking() {
        try (Database first = Database.open(folder)) {
            assertThatThrownBy(() -> Database.open(folder))
                    .isInstanceOf(DataFolderInUseException.class)
                    .hasMessageContaining("CGT Atlas is already open with this data folder")
                    .hasMessageContaining(folder.toString());
            MetadataRows.insert(first, "still-works", "yes");
            assertThat(MetadataRows.read(first, "still-works")).isEqualTo("yes");
        }
    }

    @Test
    void committedDataSurvivesCloseAndReopen() {
        try (Database database = Database.open(folder)) {
            MetadataRows.insert(database, "analyst-note", "keep me");
        }
        try (Database reopened = Database.open(folder)) {
            assertThat(MetadataRows.read(reopened, "analyst-note")).isEqualTo("keep me");
        }
    }

    @Test
    void aFailedTransactionWritesNothing() {
        try (Database database = Database.open(folder)) {
            assertThatThrownBy(() -> database.inTransaction(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO app_metadata (meta_key, meta_value) VALUES (?, ?)")) {
                    statement.setString(1, "half");
                    statement.setString(2, "written");
                    statement.executeUpdate();
                    statement.setString(1, "half");
                    statement.executeUpdate();
                }
                return null;
            })).isInstanceOf(DatabaseException.class);
            assertThat(MetadataRows.read(database, "half")).isNull();
        }
    }

    @Test
    void whatTheDatabaseRefusesIsWordedForTheUserWithoutH2sText() {
        try (Database database = Database.open(folder)) {
            String tooLong = "x".repeat(10_000);
            assertThatThrownBy(() -> MetadataRows.insert(database, tooLong, "value"))
                    .isInstanceOf(DatabaseException.class)
                    .satisfies(refusal -> assertThat(LibraryText.findIn(ErrorWording.forUser(refusal))).isNull())
                    .hasMessageMatching("The meta key is too long: at most \\d+ characters can be stored\\. Nothing was saved\\.");
            MetadataRows.insert(database, "twice", "a");
            assertThatThrownBy(() -> MetadataRows.insert(database, "twice", "b"))
                    .hasMessage("A record with the same name or id is already stored. Nothing was saved.");
        }
    }

    @Test
    void aDatabaseChangedByAnotherVersionIsLeftAloneWithAMessageForTheUser() throws Exception {
        try (Database database = Database.open(folder)) {
            database.inTransaction(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(
                        "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '2'")) {
                    return statement.executeUpdate();
                }
            });
        }

        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("was changed by a different version of CGT Atlas")
                .hasMessageContaining(folder.resolve(DatabaseBackups.FOLDER).toString())
                .satisfies(refusal -> assertThat(LibraryText.findIn(ErrorWording.forUser(refusal))).isNull());
    }

    @Test
    void theUrlIsBuiltFromTheFolderWithDurableCommits() {
        String url = Database.jdbcUrl(folder);
        assertThat(url).startsWith("jdbc:h2:file:" + folder.toAbsolutePath()).contains("WRITE_DELAY=0")
                .doesNotContain("AUTO_SERVER").doesNotContain("INIT=");
    }

    @Test
    void aFolderPathThatWouldBreakTheUrlIsRefused() throws Exception {
        Path odd = Files.createDirectories(folder.resolve("a;INIT=RUNSCRIPT"));
        assertThatThrownBy(() -> Database.open(odd)).isInstanceOf(DatabaseException.class).hasMessageContaining("';'");
    }
}
