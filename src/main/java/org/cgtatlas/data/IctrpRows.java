package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.Confidence;
import org.cgtatlas.domain.IctrpTrial;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.RegistrySource;
import org.cgtatlas.domain.TrialClassification;
import org.cgtatlas.domain.TrialLinks;
import org.cgtatlas.domain.TrialRegistration;

/** Reads the {@code ictrp_trial} table for {@link TrialRepository}: its records, a record's source, the sources' dates. */
final class IctrpRows {

    private static final String ICTRP_FORMATS = "format LIKE 'ICTRP%'";

    private IctrpRows() {
    }

    /** Every ICTRP record, with its trial when {@code withTrials}, else only what counting needs. */
    static List<LinkedTrials.Member> members(Connection connection, boolean withTrials) throws SQLException {
        String counted = "i.trial_id, i.source_register, i.secondary_ids, i.country_codes, i.countries_inferred, i.modality, "
                + "i.web_address, i.registration_date";
        String columns = withTrials ? counted + ", i.public_title, i.scientific_title, i.sponsor, i.status, i.phases, "
                + "i.phase_text, i.conditions, i.interventions, i.countries_text, i.enrolment_date, i.enrolment_precision, "
                + "i.target_size, i.classification_rule, i.classification_field, i.classification_match, r.explanation, "
                + "i.classification_confidence"
                : counted;
        List<LinkedTrials.Member> members = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + columns
                + " FROM ictrp_trial i LEFT JOIN trial_rule r ON r.id = i.classification_rule");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String trialId = rows.getString(1);
                List<String> secondaryIds = Arrays.asList(TrialRepository.strings(rows.getArray(3)));
                Set<String> countries = Set.of(TrialRepository.strings(rows.getArray(4)));
                Modality modality = TrialRepository.modality(rows.getString(6));
                ClassifiedTrial trial = withTrials ? trial(rows, trialId, secondaryIds, countries, modality) : null;
                java.sql.Date registered = rows.getDate(8);
                members.add(new LinkedTrials.Member(trialId, rows.getString(2), secondaryIds, countries, rows.getBoolean(5),
                        modality, true, rows.getString(7), registered == null ? null : registered.toLocalDate(), trial));
            }
        }
        return members;
    }

    private static ClassifiedTrial trial(ResultSet rows, String trialId, List<String> secondaryIds, Set<String> countries,
                                         Modality modality) throws SQLException {
        IctrpTrial ictrp = new IctrpTrial(trialId, rows.getString(2), secondaryIds, rows.getString(9), rows.getString(10),
                rows.getString(11), rows.getString(12), TrialRepository.list(rows.getString(13)), rows.getString(14),
                TrialRepository.list(rows.getString(15)), rows.getString(16), countries, rows.getBoolean(5),
                rows.getString(17), rows.getDate(8) == null ? null : rows.getDate(8).toLocalDate(),
                TrialRepository.date(rows.getDate(18), rows.getString(19)), (Integer) rows.getObject(20), rows.getString(7));
        TrialClassification classification = new TrialClassification(modality, rows.getString(21), rows.getString(22),
                rows.getString(23), TrialRepository.explanation(rows.getString(24)), Confidence.valueOf(rows.getString(25)));
        TrialRegistration registration = new TrialRegistration(ictrp.sourceRegister(), List.of(ictrp.sourceRegister()),
                List.of(), ictrp.countriesInferred() ? countries : Set.of(), true, ictrp.webAddress());
        return new ClassifiedTrial(ictrp.toTrial(), classification, registration);
    }

    /** Where the ICTRP record {@code trialId} is in its last import's kept copy. */
    static Optional<TrialRepository.StoredSource> source(Connection connection, String trialId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT i.file_name, i.format, i.imported_at, "
                + "i.archive_file, t.source_start, t.source_end FROM ictrp_trial t JOIN trial_import i ON i.id = t.last_import_id "
                + "WHERE t.trial_key = ?")) {
            statement.setString(1, TrialLinks.key(trialId));
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next()
                        ? Optional.of(new TrialRepository.StoredSource(rows.getString(1), rows.getString(2),
                                rows.getTimestamp(3).toInstant(), rows.getString(4), rows.getLong(5), rows.getLong(6), null))
                        : Optional.empty();
            }
        }
    }

    /** The sources imported, ClinicalTrials.gov first, each with its newest import; WHO ICTRP with its export date. */
    static List<RegistrySource> sources(Connection connection) throws SQLException {
        List<RegistrySource> sources = new ArrayList<>(2);
        try (PreparedStatement statement = connection.prepareStatement("SELECT MAX(imported_at) FROM trial_import WHERE NOT "
                + ICTRP_FORMATS + " AND id IN (SELECT last_import_id FROM trial)");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            Instant latest = instant(rows.getTimestamp(1));
            if (latest != null) {
                sources.add(new RegistrySource(TrialRegistration.CLINICALTRIALS_GOV, latest, null,
                        List.of(TrialRegistration.CLINICALTRIALS_GOV)));
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT MAX(imported_at), MAX(exported_at) "
                + "FROM trial_import WHERE " + ICTRP_FORMATS + " AND id IN (SELECT last_import_id FROM ictrp_trial)");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            Instant latest = instant(rows.getTimestamp(1));
            if (latest != null) {
                sources.add(new RegistrySource(TrialRegistration.WHO_ICTRP, latest, instant(rows.getTimestamp(2)),
                        registers(connection)));
            }
        }
        return sources;
    }

    private static List<String> registers(Connection connection) throws SQLException {
        List<String> registers = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT source_register, COUNT(*) AS records "
                + "FROM ictrp_trial GROUP BY source_register ORDER BY records DESC, source_register");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                registers.add(rows.getString(1));
            }
        }
        return registers;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
