package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.ChangeCause;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.domain.TrialOverride;

/** Analysts' verdicts on trials' modalities; stored apart from the trials, so imports never touch them. */
public final class TrialOverrideRepository {

    private final Database database;
    private final ChangeRecorder changes;

    public TrialOverrideRepository(Database database) {
        this(database, ChangeRecorder.standard());
    }

    public TrialOverrideRepository(Database database, ChangeRecorder changes) {
        this.database = database;
        this.changes = changes;
    }

    /** Every override, by trial id. */
    public Map<String, TrialOverride> findAll() {
        return database.read(TrialOverrideRepository::findAll);
    }

    /** {@link #findAll()} as {@code connection} sees it. */
    static Map<String, TrialOverride> findAll(Connection connection) throws SQLException {
        Map<String, TrialOverride> overrides = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT trial_id, modality, note, set_at FROM trial_override ORDER BY trial_id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String modality = rows.getString(2);
                overrides.put(rows.getString(1), new TrialOverride(rows.getString(1),
                        modality == null ? null : Modality.valueOf(modality), rows.getString(3), rows.getTimestamp(4).toInstant()));
            }
        }
        return overrides;
    }

    /** The trial's override as {@code connection} sees it, or null. */
    static TrialOverride find(Connection connection, String trialId) throws SQLException {
        return findAll(connection).get(trialId);
    }

    /** Sets the trial's override, replacing any it had. */
    public void save(TrialOverride override) {
        save(override, ChangeCause.EDIT);
    }

    void save(TrialOverride override, ChangeCause cause) {
        database.inTransaction(connection -> {
            ChangeSet changed = changes.begin(connection, cause)
                    .track(RecordKind.TRIAL_OVERRIDE, override.trialId(), TrialOverrideRepository::find);
            delete(connection, override.trialId());
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO trial_override (trial_id, modality, note, set_at) VALUES (?, ?, ?, ?)")) {
                statement.setString(1, override.trialId());
                statement.setString(2, override.modality() == null ? null : override.modality().name());
                statement.setString(3, override.note());
                statement.setTimestamp(4, Timestamp.from(override.setAt()));
                statement.executeUpdate();
            }
            changed.record();
            return null;
        });
    }

    /** Gives the trial back to the classifier; true if it had an override. */
    public boolean remove(String trialId) {
        return remove(trialId, ChangeCause.DELETE);
    }

    boolean remove(String trialId, ChangeCause cause) {
        return database.inTransaction(connection -> {
            ChangeSet changed = changes.begin(connection, cause)
                    .track(RecordKind.TRIAL_OVERRIDE, trialId, TrialOverrideRepository::find);
            boolean removed = delete(connection, trialId) > 0;
            changed.record();
            return removed;
        });
    }

    private static int delete(Connection connection, String trialId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM trial_override WHERE trial_id = ?")) {
            statement.setString(1, trialId);
            return statement.executeUpdate();
        }
    }
}
