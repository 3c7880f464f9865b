package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.cgtatlas.domain.IctrpTrial;
import org.cgtatlas.domain.RegistryTrialState;
import org.cgtatlas.domain.SourceSpan;
import org.cgtatlas.domain.TrialClassification;
import org.cgtatlas.domain.TrialLinks;

/**
 * Writes one WHO ICTRP import's trials on the caller's connection (its transaction), one row per TrialID, in JDBC
 * batches. A TrialID already stored (compared as {@link TrialLinks#key}) is updated. The run is logged as a
 * ClinicalTrials.gov import is ({@link RegistryRunLog}), each trial under its key. Call {@link #finish} to flush and
 * record the counts and the log, then commit.
 */
public final class IctrpImportWriter implements AutoCloseable {

    static final int BATCH_SIZE = 1000;
    private static final String COLUMNS = "trial_id = ?, source_register = ?, secondary_ids = ?, public_title = ?, "
            + "scientific_title = ?, sponsor = ?, status = ?, phases = ?, phase_text = ?, conditions = ?, interventions = ?, "
            + "country_codes = ?, countries_inferred = ?, countries_text = ?, registration_date = ?, enrolment_date = ?, "
            + "enrolment_precision = ?, target_size = ?, web_address = ?, modality = ?, classification_rule = ?, "
            + "classification_field = ?, classification_match = ?, source_start = ?, source_end = ?, last_import_id = ?, "
            + "classification_confidence = ?";
    private static final int COLUMN_COUNT = 27;

    private final Connection connection;
    private final long importId;
    private final Instant importedAt;
    /** Every stored trial's logged fields, by key; updated as the import writes. */
    private final Map<String, RegistryTrialState> stored;
    private final RegistryRunLog log;
    private final PreparedStatement insert;
    private final PreparedStatement update;
    private final PreparedStatement mergeRule;
    private final Set<String> rulesRecorded = new HashSet<>();
    private int pending;

    private IctrpImportWriter(Connection connection, long importId, Instant importedAt, Map<String, RegistryTrialState> stored,
                              RegistryRunLog log) throws SQLException {
        this.connection = connection;
        this.importId = importId;
        this.importedAt = importedAt;
        this.stored = stored;
        this.log = log;
        insert = connection.prepareStatement("INSERT INTO ictrp_trial SET " + COLUMNS + ", trial_key = ?, first_import_id = ?");
        update = connection.prepareStatement("UPDATE ictrp_trial SET " + COLUMNS + " WHERE trial_key = ?");
        mergeRule = connection.prepareStatement("MERGE INTO trial_rule (id, explanation) KEY (id) VALUES (?, ?)");
    }

    /** Records the import in {@code trial_import}, reads the stored trials' logged fields and prepares the statements. */
    public static IctrpImportWriter start(Connection connection, String fileName, String format, Instant importedAt)
            throws SQLException {
        long importId = TrialImportWriter.recordImport(connection, fileName, format, importedAt);
        Map<String, RegistryTrialState> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT trial_key, status, phases, country_codes, modality FROM ictrp_trial");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                stored.put(rows.getString(1), RegistryRunLog.state(rows, 2));
            }
        }
        return new IctrpImportWriter(connection, importId, importedAt, stored,
                new RegistryRunLog(new RegistryRunLog.Run(RegistryRunLog.Cause.ICTRP_IMPORT, fileName)));
    }

    public long importId() {
        return importId;
    }

    /** Adds or updates the trial; returns true if its TrialID was new. */
    public boolean write(IctrpTrial trial, TrialClassification classification, SourceSpan span) throws SQLException {
        String key = TrialLinks.key(trial.trialId());
        recordRule(classification);
        boolean added = !stored.containsKey(key);
        RegistryTrialState state = RegistryTrialState.of(trial.status(), trial.phases(), trial.countryCodes(),
                classification.isCgt() ? classification.modality() : null);
        log.written(key, stored.put(key, state), state);
        PreparedStatement statement = added ? insert : update;
        bind(statement, trial, classification, span);
        statement.setString(COLUMN_COUNT + 1, key);
        if (added) {
            statement.setLong(COLUMN_COUNT + 2, importId);
        }
        statement.addBatch();
        if (++pending >= BATCH_SIZE) {
            flush();
        }
        return added;
    }

    private void recordRule(TrialClassification classification) throws SQLException {
        if (!classification.ruleId().isEmpty() && rulesRecorded.add(classification.ruleId())) {
            mergeRule.setString(1, classification.ruleId());
            mergeRule.setString(2, classification.explanation());
            mergeRule.executeUpdate();
        }
    }

    private void bind(PreparedStatement statement, IctrpTrial trial, TrialClassification classification, SourceSpan span)
            throws SQLException {
        statement.setString(1, trial.trialId());
        statement.setString(2, trial.sourceRegister());
        statement.setObject(3, trial.secondaryIds().toArray(String[]::new));
        statement.setString(4, trial.publicTitle());
        statement.setString(5, trial.scientificTitle());
        statement.setString(6, trial.sponsor());
        statement.setString(7, trial.status());
        statement.setString(8, String.join("|", trial.phases()));
        statement.setString(9, trial.phaseText());
        statement.setString(10, String.join("|", trial.conditions()));
        statement.setString(11, trial.interventions());
        statement.setObject(12, trial.countryCodes().stream().sorted().toArray(String[]::new));
        statement.setBoolean(13, trial.countriesInferred());
        statement.setString(14, trial.countriesText());
        statement.setDate(15, trial.registered() == null ? null : Date.valueOf(trial.registered()));
        statement.setDate(16, trial.enrolment() == null ? null : Date.valueOf(trial.enrolment().start()));
        statement.setString(17, trial.enrolment() == null ? null : trial.enrolment().precision().name());
        if (trial.targetSize() == null) {
            statement.setNull(18, Types.INTEGER);
        } else {
            statement.setInt(18, trial.targetSize());
        }
        statement.setString(19, trial.webAddress());
        statement.setString(20, classification.isCgt() ? classification.modality().name() : null);
        statement.setString(21, classification.ruleId());
        statement.setString(22, classification.field());
        statement.setString(23, classification.matchedText());
        statement.setLong(24, span.start());
        statement.setLong(25, span.end());
        statement.setLong(26, importId);
        statement.setString(27, classification.confidence().name());
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            update.executeBatch();
            insert.executeBatch();
        }
        pending = 0;
    }

    /**
     * Writes what is still batched, the import's counts, the export date the file states (null if none) and the name
     * of the kept copy of its file, and marks earlier imports none of whose trials are theirs any more as superseded.
     */
    public void finish(long read, long added, long updated, long skipped, Instant exportedAt, String archiveFile)
            throws SQLException {
        flush();
        log.record(connection, importId, importedAt);
        if (updated > 0) {
            TrialImportWriter.markSuperseded(connection, importedAt);
        }
        try (PreparedStatement finished = connection.prepareStatement("UPDATE trial_import SET studies_read = ?, "
                + "studies_added = ?, studies_updated = ?, studies_skipped = ?, exported_at = ?, archive_file = ? WHERE id = ?")) {
            finished.setLong(1, read);
            finished.setLong(2, added);
            finished.setLong(3, updated);
            finished.setLong(4, skipped);
            finished.setTimestamp(5, exportedAt == null ? null : Timestamp.from(exportedAt));
            finished.setString(6, archiveFile);
            finished.setLong(7, importId);
            finished.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        update.close();
        mergeRule.close();
    }
}
