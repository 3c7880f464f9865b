package org.cgtatlas.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cgtatlas.domain.RecordIds;
import org.cgtatlas.domain.RegistryRunChange;
import org.cgtatlas.domain.RegistryTrialState;

/**
 * One registry run's entry in the change log (issue 18): while the run writes its trials it is told each trial's
 * state before and after; when the run finishes it writes one {@code change_log} row for the run and one
 * {@code registry_run_trial} row per trial added or whose status, phases, countries or modality changed, on the
 * run's connection, so they commit or roll back with it.
 */
public final class RegistryRunLog {

    public static final String RECORD_KIND = "registry-run";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Why the run happened: the change log's {@code cause}. */
    public enum Cause {
        REGISTRY_IMPORT("registry-import"), REGISTRY_REFRESH("registry-refresh"), ICTRP_IMPORT("ictrp-import");

        private final String value;

        Cause(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    /** What the run is and where its studies came from: a file's name or the API's address. */
    public record Run(Cause cause, String source) {
    }

    private record Change(String trialId, RegistryRunChange.Kind kind, RegistryTrialState before, RegistryTrialState after) {
    }

    private final Run run;
    private final List<Change> changes = new ArrayList<>();
    private long added;
    private long changed;

    public RegistryRunLog(Run run) {
        this.run = run;
    }

    /** The logged fields of a stored trial: status, phases, country_codes and modality from column {@code first} on. */
    static RegistryTrialState state(ResultSet row, int first) throws SQLException {
        Object[] codes = (Object[]) row.getArray(first + 2).getArray();
        List<String> countries = new ArrayList<>(codes.length);
        for (Object code : codes) {
            countries.add((String) code);
        }
        return new RegistryTrialState(row.getString(first), row.getString(first + 1),
                RegistryTrialState.countries(countries), row.getString(first + 3));
    }

    /** Notes a trial written by the run; {@code before} is null when the run added it. Unchanged trials leave no row. */
    public void written(String trialId, RegistryTrialState before, RegistryTrialState after) {
        if (before == null) {
            added++;
            changes.add(new Change(trialId, RegistryRunChange.Kind.ADDED, null, after));
        } else if (!before.equals(after)) {
            changed++;
            changes.add(new Change(trialId, RegistryRunChange.Kind.CHANGED, before, after));
        }
    }

    /** Writes the run's log row and its trials' rows; returns the row's seq. */
    public long record(Connection connection, long importId, Instant at) throws SQLException {
        long seq = insertRun(connection, importId, at);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO registry_run_trial (change_seq, trial_id, "
                + "change, status_before, status_after, phases_before, phases_after, countries_before, countries_after, "
                + "modality_before, modality_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Change change : changes) {
                insert.setLong(1, seq);
                insert.setString(2, change.trialId());
                insert.setString(3, change.kind().name().toLowerCase(Locale.ROOT));
                bind(insert, 4, change.before());
                bind(insert, 5, change.after());
                insert.addBatch();
                if (++pending == TrialImportWriter.BATCH_SIZE) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        return seq;
    }

    private long insertRun(Connection connection, long importId, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO change_log (changed_at, changed_by, "
                + "record_kind, record_id, operation, cause, fields_before, fields_after) VALUES (?, ?, ?, ?, 'insert', ?, NULL, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setTimestamp(1, Timestamp.from(at));
            insert.setString(2, RecordIds.currentUser());
            insert.setString(3, RECORD_KIND);
            insert.setString(4, Long.toString(importId));
            insert.setString(5, run.cause().value());
            insert.setString(6, summary());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The run's counts and where its studies came from, as the log row's {@code fields_after}. */
    private String summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("source", run.source());
        summary.put("added", added);
        summary.put("removed", 0); // an import or refresh adds and updates trials; none removes one
        summary.put("changed", changed);
        try {
            return JSON.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the run's summary", e);
        }
    }

    /** Binds the four fields of {@code state} (or NULLs) at {@code first}, {@code first + 2}, … (before and after interleave). */
    private static void bind(PreparedStatement insert, int first, RegistryTrialState state) throws SQLException {
        insert.setString(first, state == null ? null : state.status());
        insert.setString(first + 2, state == null ? null : state.phases());
        insert.setString(first + 4, state == null ? null : state.countries());
        insert.setString(first + 6, state == null ? null : state.modality());
    }
}
