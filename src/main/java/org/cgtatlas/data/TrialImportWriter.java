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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cgtatlas.domain.Intervention;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.RegistryTrialState;
import org.cgtatlas.domain.SourceSpan;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.domain.TrialClassification;

/**
 * Writes one import's trials on the caller's connection (its transaction), one row per trial, in JDBC batches with
 * prepared statements reused for the whole import. A trial already stored (same NCT number) is updated. The run is
 * logged ({@link RegistryRunLog}): the stored trials' logged fields are read once at the start and compared in memory
 * with what each write stores. Call {@link #finish} to flush and record the counts and the log, then commit.
 */
public final class TrialImportWriter implements AutoCloseable {

    static final int BATCH_SIZE = 1000;
    private static final String COLUMNS = "title = ?, status = ?, phases = ?, conditions = ?, intervention_types = ?, "
            + "intervention_names = ?, country_codes = ?, sponsor = ?, funder_type = ?, start_date = ?, start_precision = ?, "
            + "completion_date = ?, completion_precision = ?, enrollment = ?, modality = ?, classification_rule = ?, "
            + "classification_field = ?, classification_match = ?, source_start = ?, source_end = ?, raw_source = NULL, "
            + "classification_confidence = ?, last_import_id = ?";
    private static final int CONFIDENCE = 21;
    private static final int LAST_IMPORT = 22;

    private final Connection connection;
    private final long importId;
    private final Instant importedAt;
    /** Every stored trial's logged fields, by NCT number; updated as the import writes. */
    private final Map<Long, RegistryTrialState> stored;
    private final RegistryRunLog log;
    private final PreparedStatement insertTrial;
    private final PreparedStatement updateTrial;
    private final PreparedStatement mergeRule;
    private final Set<String> rulesRecorded = new HashSet<>();
    private int pendingInserts;
    private int pendingUpdates;

    private TrialImportWriter(Connection connection, long importId, Instant importedAt, Map<Long, RegistryTrialState> stored,
                              RegistryRunLog log) throws SQLException {
        this.connection = connection;
        this.importId = importId;
        this.importedAt = importedAt;
        this.stored = stored;
        this.log = log;
        insertTrial = connection.prepareStatement("INSERT INTO trial (title, status, phases, conditions, intervention_types, "
                + "intervention_names, country_codes, sponsor, funder_type, start_date, start_precision, completion_date, "
                + "completion_precision, enrollment, modality, classification_rule, classification_field, classification_match, "
                + "source_start, source_end, classification_confidence, last_import_id, nct_number, first_import_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        mergeRule = connection.prepareStatement("MERGE INTO trial_rule (id, explanation) KEY (id) VALUES (?, ?)");
        updateTrial = connection.prepareStatement("UPDATE trial SET " + COLUMNS + " WHERE nct_number = ?");
    }

    /** Records the import in {@code trial_import}, reads the stored trials' logged fields and prepares the statements. */
    public static TrialImportWriter start(Connection connection, String fileName, String format, Instant importedAt,
                                          RegistryRunLog.Run run) throws SQLException {
        long importId = recordImport(connection, fileName, format, importedAt);
        Map<Long, RegistryTrialState> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT nct_number, status, phases, country_codes, modality FROM trial");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                stored.put(rows.getLong(1), RegistryRunLog.state(rows, 2));
            }
        }
        return new TrialImportWriter(connection, importId, importedAt, stored, new RegistryRunLog(run));
    }

    /** Adds the import to {@code trial_import}; returns its id. */
    static long recordImport(Connection connection, String fileName, String format, Instant importedAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO trial_import (file_name, format, imported_at) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, fileName);
            insert.setString(2, format);
            insert.setTimestamp(3, Timestamp.from(importedAt));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public long importId() {
        return importId;
    }

    /** Keeps when the imported file was saved (its last-modified time), the data date the briefing names. */
    public void recordFileDate(Instant fileDate) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO trial_import_file_date (import_id, file_date) VALUES (?, ?)")) {
            insert.setLong(1, importId);
            insert.setTimestamp(2, Timestamp.from(fileDate));
            insert.executeUpdate();
        }
    }

    /** Adds or updates the trial, whose NCT number must be valid; returns true if it was new. */
    public boolean write(Trial trial, TrialClassification classification, SourceSpan span) throws SQLException {
        long number = NctNumbers.toNumber(trial.nctId());
        recordRule(classification);
        boolean added = !stored.containsKey(number);
        RegistryTrialState state = RegistryTrialState.of(trial.status(), trial.phases(), trial.countryCodes(),
                classification.isCgt() ? classification.modality() : null);
        log.written(trial.nctId(), stored.put(number, state), state);
        PreparedStatement statement = added ? insertTrial : updateTrial;
        bindTrial(statement, trial, classification, span);
        statement.setLong(LAST_IMPORT + 1, number);
        if (added) {
            statement.setLong(LAST_IMPORT + 2, importId);
            pendingInserts++;
        } else {
            pendingUpdates++;
        }
        statement.addBatch();
        if (pendingInserts + pendingUpdates >= BATCH_SIZE) {
            flush();
        }
        return added;
    }

    /** Stores a rule's explanation once per import, for every trial it classified. */
    private void recordRule(TrialClassification classification) throws SQLException {
        if (!classification.ruleId().isEmpty() && rulesRecorded.add(classification.ruleId())) {
            mergeRule.setString(1, classification.ruleId());
            mergeRule.setString(2, classification.explanation());
            mergeRule.executeUpdate();
        }
    }

    private void bindTrial(PreparedStatement statement, Trial trial, TrialClassification classification, SourceSpan span)
            throws SQLException {
        statement.setString(1, trial.title());
        statement.setString(2, trial.status());
        statement.setString(3, String.join("|", trial.phases()));
        statement.setString(4, String.join("|", trial.conditions()));
        List<Intervention> interventions = trial.interventions();
        String[] types = new String[interventions.size()];
        String[] names = new String[interventions.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = interventions.get(i).type();
            names[i] = interventions.get(i).name();
        }
        statement.setObject(5, types);
        statement.setObject(6, names);
        statement.setObject(7, trial.countryCodes().stream().sorted().toArray(String[]::new));
        statement.setString(8, trial.sponsor());
        statement.setString(9, trial.funderType());
        bindDate(statement, 10, trial.startDate());
        bindDate(statement, 12, trial.completionDate());
        if (trial.enrollment() == null) {
            statement.setNull(14, Types.INTEGER);
        } else {
            statement.setInt(14, trial.enrollment());
        }
        statement.setString(15, classification.isCgt() ? classification.modality().name() : null);
        statement.setString(16, classification.ruleId());
        statement.setString(17, classification.field());
        statement.setString(18, classification.matchedText());
        statement.setLong(19, span.start());
        statement.setLong(20, span.end());
        statement.setString(CONFIDENCE, classification.confidence().name());
        statement.setLong(LAST_IMPORT, importId);
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
            updateTrial.executeBatch();
        }
        if (pendingInserts > 0) {
            insertTrial.executeBatch();
        }
        pendingInserts = 0;
        pendingUpdates = 0;
    }

    /**
     * Writes what is still batched, the import's counts, the name of the kept copy of its file and the run's log
     * entry, and marks the earlier imports none of whose trials are theirs any more as superseded now.
     */
    public void finish(long read, long added, long updated, long skipped, String archiveFile) throws SQLException {
        flush();
        log.record(connection, importId, importedAt);
        if (updated > 0) {
            markSuperseded(connection, importedAt);
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE trial_import SET studies_read = ?, "
                + "studies_added = ?, studies_updated = ?, studies_skipped = ?, archive_file = ? WHERE id = ?")) {
            update.setLong(1, read);
            update.setLong(2, added);
            update.setLong(3, updated);
            update.setLong(4, skipped);
            update.setString(5, archiveFile);
            update.setLong(6, importId);
            update.executeUpdate();
        }
    }

    /** Removes the import's record again: it stored no trial, and is not to be listed. */
    public void drop() throws SQLException {
        flush();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM trial_import WHERE id = ?")) {
            delete.setLong(1, importId);
            delete.executeUpdate();
        }
    }

    /** Marks the imports none of whose trials (of either registry table) are theirs any more as superseded at {@code now}. */
    static void markSuperseded(Connection connection, Instant now) throws SQLException {
        Set<Long> current = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT last_import_id FROM trial UNION SELECT last_import_id FROM ictrp_trial");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                current.add(rows.getLong(1));
            }
        }
        List<Long> superseded = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM trial_import WHERE superseded_at IS NULL");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (!current.contains(rows.getLong(1))) {
                    superseded.add(rows.getLong(1));
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE trial_import SET superseded_at = ? WHERE id = ?")) {
            for (long id : superseded) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setLong(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        insertTrial.close();
        updateTrial.close();
        mergeRule.close();
    }
}
