package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.ChangeCause;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.ProductEntry;
import org.cgtatlas.domain.RecordKind;

/** Products analysts added to the classifier's dictionary; they join the bundled table at the next import. */
public final class ProductEntryRepository {

    private final Database database;
    private final ChangeRecorder changes;

    public ProductEntryRepository(Database database) {
        this(database, ChangeRecorder.standard());
    }

    public ProductEntryRepository(Database database, ChangeRecorder changes) {
        this.database = database;
        this.changes = changes;
    }

    public List<ProductEntry> findAll() {
        return database.read(ProductEntryRepository::findAll);
    }

    private static List<ProductEntry> findAll(Connection connection) throws SQLException {
        List<ProductEntry> entries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, name, aliases, modality, developer, country, reference FROM product_entry ORDER BY id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                entries.add(new ProductEntry(rows.getString(1), rows.getString(2), List.of(rows.getString(3).split("\\|")),
                        Modality.valueOf(rows.getString(4)), rows.getString(5), rows.getString(6), rows.getString(7)));
            }
        }
        return entries;
    }

    private static ProductEntry find(Connection connection, String id) throws SQLException {
        return findAll(connection).stream().filter(entry -> entry.id().equals(id)).findFirst().orElse(null);
    }

    /** Adds the entry, or replaces the one with its id. */
    public void save(ProductEntry entry) {
        database.inTransaction(connection -> {
            ChangeSet changed = changes.begin(connection, ChangeCause.EDIT)
                    .track(RecordKind.PRODUCT_ENTRY, entry.id(), ProductEntryRepository::find);
            try (PreparedStatement statement = connection.prepareStatement("MERGE INTO product_entry "
                    + "(id, name, aliases, modality, developer, country, reference) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                statement.setString(1, entry.id());
                statement.setString(2, entry.name());
                statement.setString(3, String.join("|", entry.aliases()));
                statement.setString(4, entry.modality().name());
                statement.setString(5, entry.developer());
                statement.setString(6, entry.country());
                statement.setString(7, entry.reference());
                statement.executeUpdate();
            }
            changed.record();
            return null;
        });
    }
}
