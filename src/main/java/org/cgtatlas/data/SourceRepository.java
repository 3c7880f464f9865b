package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.Source;

/** The source documents with their full texts. */
public final class SourceRepository {

    private static final String COLUMNS =
            "id, title, publisher, published_on, published_precision, language, url, cleaning_note, full_text";

    private final Database database;

    public SourceRepository(Database database) {
        this.database = database;
    }

    public List<Source> findAll() {
        return database.read(this::findAll);
    }

    public List<Source> findAll(Connection connection) throws SQLException {
        List<Source> sources = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM source ORDER BY published_on DESC NULLS LAST, title");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                sources.add(new Source(rows.getString("id"), rows.getString("title"), rows.getString("publisher"),
                        Jdbc.getDate(rows, "published_on", "published_precision"), rows.getString("language"),
                        rows.getString("url"), rows.getString("cleaning_note"), rows.getString("full_text")));
            }
        }
        return sources;
    }

    public void upsert(Connection connection, Source source) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "MERGE INTO source (" + COLUMNS + ") KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, source.id());
            statement.setString(2, source.title());
            statement.setString(3, source.publisher());
            Jdbc.setDate(statement, 4, source.publishedOn());
            statement.setString(6, source.language());
            statement.setString(7, source.url());
            statement.setString(8, source.cleaningNote());
            statement.setString(9, source.text());
            statement.executeUpdate();
        }
    }
}
