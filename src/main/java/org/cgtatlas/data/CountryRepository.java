package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.Country;

/** Countries and regions. */
public final class CountryRepository {

    private final Database database;

    public CountryRepository(Database database) {
        this.database = database;
    }

    /** The focus countries first, then the others, each group by name. */
    public List<Country> findAll() {
        return database.read(this::findAll);
    }

    public List<Country> findAll(Connection connection) throws SQLException {
        List<Country> countries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT code, name, local_name, in_region FROM country ORDER BY in_region DESC, name");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                countries.add(new Country(rows.getString(1), rows.getString(2), rows.getString(3), rows.getBoolean(4)));
            }
        }
        return countries;
    }

    public void upsert(Connection connection, Country country) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "MERGE INTO country (code, name, local_name, in_region) KEY (code) VALUES (?, ?, ?, ?)")) {
            statement.setString(1, country.code());
            statement.setString(2, country.name());
            statement.setString(3, country.localName());
            statement.setBoolean(4, country.inRegion());
            statement.executeUpdate();
        }
    }
}
