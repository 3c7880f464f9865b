package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.RegistryHistory;
import org.cgtatlas.domain.RegistryRunChange;
import org.cgtatlas.domain.RegistryTrialState;

/** Reads the ClinicalTrials.gov registry runs of the change log back, with the trials as stored now. */
public final class RegistryRunRepository {

    private final Database database;

    public RegistryRunRepository(Database database) {
        this.database = database;
    }

    /** The trials now and what the ClinicalTrials.gov imports and refreshes after {@code seq} did to them. */
    public RegistryHistory since(long seq) {
        return database.readConsistently(connection -> new RegistryHistory(seq, current(connection), changesAfter(connection, seq)));
    }

    private static Map<String, RegistryTrialState> current(Connection connection) throws SQLException {
        Map<String, RegistryTrialState> trials = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT nct_number, status, phases, country_codes, modality FROM trial");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                trials.put(NctNumbers.toNctId(rows.getLong(1)), RegistryRunLog.state(rows, 2));
            }
        }
        return trials;
    }

    private static List<RegistryRunChange> changesAfter(Connection connection, long seq) throws SQLException {
        List<RegistryRunChange> changes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT r.change_seq, r.trial_id, r.change, "
                + "r.status_before, r.phases_before, r.countries_before, r.modality_before, "
                + "r.status_after, r.phases_after, r.countries_after, r.modality_after "
                + "FROM registry_run_trial r JOIN change_log c ON c.seq = r.change_seq "
                + "WHERE r.change_seq > ? AND c.record_kind = ? AND c.cause IN (?, ?) ORDER BY r.change_seq, r.trial_id")) {
            select.setLong(1, seq);
            select.setString(2, RegistryRunLog.RECORD_KIND);
            select.setString(3, RegistryRunLog.Cause.REGISTRY_IMPORT.value());
            select.setString(4, RegistryRunLog.Cause.REGISTRY_REFRESH.value());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    changes.add(new RegistryRunChange(rows.getLong(1), rows.getString(2),
                            RegistryRunChange.Kind.valueOf(rows.getString(3).toUpperCase(Locale.ROOT)),
                            stateAt(rows, 4), stateAt(rows, 8)));
                }
            }
        }
        return changes;
    }

    /** The four fields from column {@code first} on; null when the run logged none (before an add, after a removal). */
    private static RegistryTrialState stateAt(ResultSet row, int first) throws SQLException {
        String status = row.getString(first);
        return status == null ? null
                : new RegistryTrialState(status, row.getString(first + 1), row.getString(first + 2), row.getString(first + 3));
    }
}
