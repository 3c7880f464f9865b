package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cgtatlas.domain.Intervention;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.domain.TrialClassification;

/**
 * Writes one import's trials on the caller's connection (its transaction), in JDBC batches with prepared
 * statements reused for the whole import. A trial already stored (same NCT number) is updated and its sites and
 * interventions replaced. Call {@link #finish} to flush and record the counts, then commit.
 */
public final class TrialImportWriter implements AutoCloseable {

    static final int BATCH_SIZE = 1000;

    private final Connection connection;
    private final long importId;
    private final Set<String> storedIds;
    private final PreparedStatement insertTrial;
    private final PreparedStatement updateTrial;
    private final PreparedStatement deleteCountries;
    private final PreparedStatement deleteInterventions;
    private final PreparedStatement insertCountry;
    private final PreparedStatement insertIntervention;
    private int pending;
    private int pendingUpdates;

    private TrialImportWriter(Connection connection, long importId, Set<String> storedIds) throws SQLException {
        this.connection = connection;
        this.importId = importId;
        this.storedIds = storedIds;
        insertTrial = connection.prepareStatement("INSERT INTO trial (title, status, phases, conditions, sponsor, funder_type, "
                + "start_date, start_precision, completion_date, completion_precision, enrollment, modality, classification_rule, "
                + "classification_field, classification_match, classification_reason, raw_source, last_import_id, first_import_id, nct_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        updateTrial = connection.prepareStatement("UPDATE trial SET title = ?, status = ?, phases = ?, conditions = ?, sponsor = ?, "
                + "funder_type = ?, start_date = ?, start_precision = ?, completion_date = ?, completion_precision = ?, enrollment = ?, "
                + "modality = ?, classification_rule = ?, classification_field = ?, classification_match = ?, "
                + "classification_reason = ?, raw_source = ?, last_import_id = ? WHERE nct_id = ?");
        deleteCountries = connection.prepareStatement("DELETE FROM trial_country WHERE nct_id = ?");
        deleteInterventions = connection.prepareStatement("DELETE FROM trial_intervention WHERE nct_id = ?");
        insertCountry = connection.prepareStatement("INSERT INTO trial_country (nct_id, country_code) VALUES (?, ?)");
        insertIntervention = connection.prepareStatement(
                "INSERT INTO trial_intervention (nct_id, position, intervention_type, name) VALUES (?, ?, ?, ?)");
    }

    /** Records the import in {@code trial_import} and prepares the statements. */
    public static TrialImportWriter start(Connection connection, String fileName, String format, Instant importedAt)
            throws SQLException {
        long importId;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO trial_import (file_name, format, imported_at) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, fileName);
            insert.setString(2, format);
            insert.setTimestamp(3, Timestamp.from(importedAt));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                importId = keys.getLong(1);
            }
        }
        Set<String> stored = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT nct_id FROM trial");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        return new TrialImportWriter(connection, importId, stored);
    }

    public long importId() {
        return importId;
    }

    /** Adds or updates the trial; returns true if it was new. */
    public boolean write(Trial trial, TrialClassification classification, String rawSource) throws SQLException {
        boolean added = storedIds.add(trial.nctId());
        if (added) {
            bindTrial(insertTrial, trial, classification, rawSource);
            insertTrial.setLong(19, importId);
            insertTrial.addBatch();
        } else {
            deleteCountries.setString(1, trial.nctId());
            deleteCountries.addBatch();
            deleteInterventions.setString(1, trial.nctId());
            deleteInterventions.addBatch();
            bindTrial(updateTrial, trial, classification, rawSource);
            updateTrial.addBatch();
            pendingUpdates++;
        }
        for (String country : trial.countryCodes()) {
            insertCountry.setString(1, trial.nctId());
            insertCountry.setString(2, country);
            insertCountry.addBatch();
        }
        List<Intervention> interventions = trial.interventions();
        for (int i = 0; i < interventions.size(); i++) {
            insertIntervention.setString(1, trial.nctId());
            insertIntervention.setInt(2, i);
            insertIntervention.setString(3, interventions.get(i).type());
            insertIntervention.setString(4, interventions.get(i).name());
            insertIntervention.addBatch();
        }
        if (++pending >= BATCH_SIZE) {
            flush();
        }
        return added;
    }

    private void bindTrial(PreparedStatement statement, Trial trial, TrialClassification classification, String rawSource)
            throws SQLException {
        statement.setString(1, trial.title());
        statement.setString(2, trial.status());
        statement.setString(3, String.join("|", trial.phases()));
        statement.setString(4, String.join("|", trial.conditions()));
        statement.setString(5, trial.sponsor());
        statement.setString(6, trial.funderType());
        bindDate(statement, 7, trial.startDate());
        bindDate(statement, 9, trial.completionDate());
        if (trial.enrollment() == null) {
            statement.setNull(11, Types.INTEGER);
        } else {
            statement.setInt(11, trial.enrollment());
        }
        statement.setString(12, classification.isCgt() ? classification.modality().name() : null);
        statement.setString(13, classification.ruleId());
        statement.setString(14, classification.field());
        statement.setString(15, classification.matchedText());
        statement.setString(16, classification.explanation());
        statement.setString(17, rawSource);
        statement.setLong(18, importId);
        statement.setString(statement == insertTrial ? 20 : 19, trial.nctId());
    }

    private static void bindDate(PreparedStatement statement, int index, PartialDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
            statement.setNull(index + 1, Types.VARCHAR);
        } else {
            statement.setDate(index, Date.valueOf(date.start()));
            statement.setString(index + 1, date.precision().name());
        }
    }

    private void flush() throws SQLException {
        if (pendingUpdates > 0) {
            deleteCountries.executeBatch();
            deleteInterventions.executeBatch();
            updateTrial.executeBatch();
        }
        insertTrial.executeBatch();
        insertCountry.executeBatch();
        insertIntervention.executeBatch();
        pending = 0;
        pendingUpdates = 0;
    }

    /** Writes what is still batched and the import's counts. */
    public void finish(long read, long added, long updated, long skipped) throws SQLException {
        flush();
        try (PreparedStatement update = connection.prepareStatement("UPDATE trial_import SET studies_read = ?, "
                + "studies_added = ?, studies_updated = ?, studies_skipped = ? WHERE id = ?")) {
            update.setLong(1, read);
            update.setLong(2, added);
            update.setLong(3, updated);
            update.setLong(4, skipped);
            update.setLong(5, importId);
            update.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {insertTrial, updateTrial, deleteCountries,
                deleteInterventions, insertCountry, insertIntervention}) {
            statement.close();
        }
    }
}
