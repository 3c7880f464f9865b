package org.cgtatlas.data;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.Confidence;
import org.cgtatlas.domain.DatePrecision;
import org.cgtatlas.domain.Intervention;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.RegistryTrialCounts;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.domain.TrialClassification;
import org.cgtatlas.domain.TrialCountryCounts;
import org.cgtatlas.domain.TrialLinks;
import org.cgtatlas.domain.TrialRegistration;
import org.cgtatlas.domain.TrialSource;

/**
 * Reads the trials imported from ClinicalTrials.gov and WHO ICTRP exports, joined so that each trial is listed and
 * counted once; {@link TrialImportWriter} and {@link IctrpImportWriter} write them.
 */
public final class TrialRepository {

    /** The format name of API v2 JSON imports, whose records are found by character offsets instead of lines. */
    private static final String JSON_FORMAT = "CTGOV_JSON";

    private final Database database;
    private final ImportArchive archive;

    public TrialRepository(Database database) {
        this.database = database;
        this.archive = new ImportArchive(database.dataFolder());
    }

    /** Trials stored, each once however many registers' records name it. */
    public long count() {
        return database.read(connection -> linked(connection, false).size());
    }

    /**
     * Every stored trial with its classification and registration, each once: ClinicalTrials.gov trials by NCT number,
     * then the trials known only from WHO ICTRP exports by TrialID (see {@link LinkedTrials}); without the raw source
     * (see {@link #source}).
     */
    public List<ClassifiedTrial> findAll() {
        return database.read(connection -> linked(connection, true).trials());
    }

    private LinkedTrials linked(Connection connection, boolean withTrials) throws SQLException {
        List<LinkedTrials.Member> clinicalTrialsGov = withTrials ? clinicalTrialsGovTrials(connection)
                : clinicalTrialsGovCounted(connection);
        return LinkedTrials.of(clinicalTrialsGov, IctrpRows.members(connection, withTrials),
                TrialOverrideRepository.findAll(connection));
    }

    private static List<LinkedTrials.Member> clinicalTrialsGovTrials(Connection connection) throws SQLException {
        List<LinkedTrials.Member> trials = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT t.nct_number, t.title, t.status, t.phases, "
                + "t.conditions, t.intervention_types, t.intervention_names, t.sponsor, t.funder_type, t.start_date, "
                + "t.start_precision, t.completion_date, t.completion_precision, t.enrollment, t.modality, "
                + "t.classification_rule, t.classification_field, t.classification_match, r.explanation, t.country_codes, "
                + "t.classification_confidence FROM trial t LEFT JOIN trial_rule r ON r.id = t.classification_rule ORDER BY t.nct_number");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Trial trial = new Trial(NctNumbers.toNctId(rows.getLong(1)), rows.getString(2), rows.getString(3),
                        list(rows.getString(4)), list(rows.getString(5)), interventions(rows.getArray(6), rows.getArray(7)),
                        rows.getString(8), rows.getString(9), date(rows.getDate(10), rows.getString(11)),
                        date(rows.getDate(12), rows.getString(13)), (Integer) rows.getObject(14),
                        Set.of(strings(rows.getArray(20))));
                Modality modality = modality(rows.getString(15));
                ClassifiedTrial classified = new ClassifiedTrial(trial, new TrialClassification(modality,
                        rows.getString(16), rows.getString(17), rows.getString(18), explanation(rows.getString(19)),
                        Confidence.valueOf(rows.getString(21))));
                trials.add(clinicalTrialsGov(trial.nctId(), trial.countryCodes(), modality, classified));
            }
        }
        return trials;
    }

    private static List<LinkedTrials.Member> clinicalTrialsGovCounted(Connection connection) throws SQLException {
        List<LinkedTrials.Member> trials = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT nct_number, country_codes, modality FROM trial");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                trials.add(clinicalTrialsGov(NctNumbers.toNctId(rows.getLong(1)), Set.of(strings(rows.getArray(2))),
                        modality(rows.getString(3)), null));
            }
        }
        return trials;
    }

    private static LinkedTrials.Member clinicalTrialsGov(String nctId, Set<String> countries, Modality modality,
                                                         ClassifiedTrial trial) {
        return new LinkedTrials.Member(nctId, TrialRegistration.CLINICALTRIALS_GOV, List.of(), countries, false, modality,
                false, trial == null ? "" : trial.trial().registryUrl(), null, trial);
    }

    static Modality modality(String name) {
        return name == null ? null : Modality.valueOf(name);
    }

    /**
     * The file, time and raw record the trial was last imported from: read back from the import's kept copy of its
     * file, or, for trials imported before copies were kept, from the database.
     */
    public Optional<TrialSource> source(String trialId) {
        Optional<StoredSource> stored = database.read(connection -> {
            if (!NctNumbers.isNctId(trialId)) {
                return IctrpRows.source(connection, trialId);
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT i.file_name, i.format, i.imported_at, "
                    + "i.archive_file, t.source_start, t.source_end, t.raw_source "
                    + "FROM trial t JOIN trial_import i ON i.id = t.last_import_id WHERE t.nct_number = ?")) {
                statement.setLong(1, NctNumbers.toNumber(trialId));
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new StoredSource(rows.getString(1), rows.getString(2), rows.getTimestamp(3).toInstant(),
                                    rows.getString(4), rows.getLong(5), rows.getLong(6), rows.getString(7)))
                            : IctrpRows.source(connection, trialId);
                }
            }
        });
        return stored.map(this::withRawRecord);
    }

    private TrialSource withRawRecord(StoredSource stored) {
        return new TrialSource(stored.fileName(), stored.format(), stored.importedAt(),
                stored.rawSource() != null ? stored.rawSource() : excerpt(stored));
    }

    private String excerpt(StoredSource stored) {
        try {
            return stored.format().equals(JSON_FORMAT)
                    ? archive.chars(stored.archiveFile(), stored.start(), stored.end())
                    : archive.lines(stored.archiveFile(), stored.start(), stored.end());
        } catch (IOException e) {
            return Messages.get("trials.source.missing", archive.folder().resolve(stored.archiveFile()), e.getMessage());
        }
    }

    /**
     * Trials counted from imported registry data, per country: a trial counts for a country when at least one of
     * its sites is there (ISO 3166-1 alpha-2 codes; Hong Kong is HK, not CN), once however many registers list it
     * ({@link LinkedTrials}). For each country: all trials, the CGT trials (those with a modality), the CGT trials per
     * modality and the trials counted there by inference only; plus the time of the newest import and the sources
     * imported, so a screen can show "counted from registry data, imported …". Countries with the most trials come first.
     */
    public RegistryTrialCounts countsByCountry() {
        return database.read(this::countsByCountry);
    }

    /** {@link #countsByCountry()} as {@code connection} sees it. */
    public RegistryTrialCounts countsByCountry(Connection connection) throws SQLException {
        List<TrialCountryCounts> countries = linked(connection, false).countsByCountry();
        try (PreparedStatement statement = connection.prepareStatement("SELECT MAX(imported_at) FROM trial_import");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            Timestamp latest = rows.getTimestamp(1);
            return new RegistryTrialCounts(countries, latest == null ? null : latest.toInstant(),
                    IctrpRows.sources(connection));
        }
    }

    /** CGT trials per modality (analysts' overrides applied), each trial once, in the order of {@link Modality}. */
    public Map<Modality, Long> countsByModality() {
        return database.read(connection -> linked(connection, false).countsByModality());
    }

    /** Whether a trial with this id is stored: an NCT number in the ClinicalTrials.gov table, else an ICTRP TrialID. */
    public boolean exists(String trialId) {
        return database.read(connection -> {
            boolean nct = NctNumbers.isNctId(trialId);
            try (PreparedStatement statement = connection.prepareStatement(nct ? "SELECT 1 FROM trial WHERE nct_number = ?"
                    : "SELECT 1 FROM ictrp_trial WHERE trial_key = ?")) {
                if (nct) {
                    statement.setLong(1, NctNumbers.toNumber(trialId));
                } else {
                    statement.setString(1, TrialLinks.key(trialId));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    static String[] strings(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        String[] strings = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            strings[i] = (String) values[i];
        }
        return strings;
    }

    private static List<Intervention> interventions(Array types, Array names) throws SQLException {
        String[] typeValues = strings(types);
        String[] nameValues = strings(names);
        List<Intervention> interventions = new ArrayList<>(typeValues.length);
        for (int i = 0; i < typeValues.length; i++) {
            interventions.add(new Intervention(typeValues[i], nameValues[i]));
        }
        return interventions;
    }

    static List<String> list(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\|"));
    }

    static String explanation(String ruleExplanation) {
        return ruleExplanation == null ? TrialClassification.NO_RULE_EXPLANATION : ruleExplanation;
    }

    /** A trial's source as stored: where its raw record is, or (imported before copies were kept) the record itself. */
    record StoredSource(String fileName, String format, Instant importedAt, String archiveFile, long start, long end,
                        String rawSource) {
    }

    static PartialDate date(Date date, String precision) {
        return date == null ? null : new PartialDate(date.toLocalDate(), DatePrecision.valueOf(precision));
    }
}
