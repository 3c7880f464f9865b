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
import org.cgtatlas.domain.TrialOverride;
import org.cgtatlas.domain.TrialCountryCounts;
import org.cgtatlas.domain.TrialSource;

/** Reads the trials imported from ClinicalTrials.gov exports; {@link TrialImportWriter} writes them. */
public final class TrialRepository {

    /** The format name of API v2 JSON imports, whose records are found by character offsets instead of lines. */
    private static final String JSON_FORMAT = "CTGOV_JSON";

    private final Database database;
    private final ImportArchive archive;

    public TrialRepository(Database database) {
        this.database = database;
        this.archive = new ImportArchive(database.dataFolder());
    }

    public long count() {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM trial");
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /**
     * Every stored trial with its classification (an analyst's override where one stands), by NCT number; without
     * the raw source (see {@link #source}).
     */
    public List<ClassifiedTrial> findAll() {
        return database.read(connection -> {
            Map<String, TrialOverride> overrides = TrialOverrideRepository.findAll(connection);
            List<ClassifiedTrial> trials = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT t.nct_number, t.title, t.status, t.phases, "
                    + "t.conditions, t.intervention_types, t.intervention_names, t.sponsor, t.funder_type, t.start_date, "
                    + "t.start_precision, t.completion_date, t.completion_precision, t.enrollment, t.modality, "
                    + "t.classification_rule, t.classification_field, t.classification_match, r.explanation, t.country_codes, "
                    + "t.classification_confidence "
                    + "FROM trial t LEFT JOIN trial_rule r ON r.id = t.classification_rule ORDER BY t.nct_number");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Trial trial = new Trial(NctNumbers.toNctId(rows.getLong(1)), rows.getString(2), rows.getString(3),
                            list(rows.getString(4)), list(rows.getString(5)), interventions(rows.getArray(6), rows.getArray(7)),
                            rows.getString(8), rows.getString(9), date(rows.getDate(10), rows.getString(11)),
                            date(rows.getDate(12), rows.getString(13)), (Integer) rows.getObject(14),
                            Set.of(strings(rows.getArray(20))));
                    String modality = rows.getString(15);
                    TrialClassification classified = new TrialClassification(
                            modality == null ? null : Modality.valueOf(modality), rows.getString(16), rows.getString(17),
                            rows.getString(18), explanation(rows.getString(19)), Confidence.valueOf(rows.getString(21)));
                    TrialOverride override = overrides.get(trial.nctId());
                    trials.add(new ClassifiedTrial(trial, override == null ? classified : override.over(classified)));
                }
            }
            return trials;
        });
    }

    /**
     * The file, time and raw record the trial was last imported from: read back from the import's kept copy of its
     * file, or, for trials imported before copies were kept, from the database.
     */
    public Optional<TrialSource> source(String nctId) {
        Optional<StoredSource> stored = database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT i.file_name, i.format, i.imported_at, "
                    + "i.archive_file, t.source_start, t.source_end, t.raw_source "
                    + "FROM trial t JOIN trial_import i ON i.id = t.last_import_id WHERE t.nct_number = ?")) {
                statement.setLong(1, NctNumbers.toNumber(nctId));
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new StoredSource(rows.getString(1), rows.getString(2), rows.getTimestamp(3).toInstant(),
                                    rows.getString(4), rows.getLong(5), rows.getLong(6), rows.getString(7)))
                            : Optional.empty();
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
     * its sites is there (ISO 3166-1 alpha-2 codes; Hong Kong is HK, not CN). For each country: all trials,
     * the CGT trials (those with a modality) and the CGT trials per modality; plus the time of the newest import,
     * so a screen can show "counted from registry data, imported …". Countries with the most trials come first.
     */
    public RegistryTrialCounts countsByCountry() {
        return database.read(this::countsByCountry);
    }

    /** {@link #countsByCountry()} as {@code connection} sees it. */
    public RegistryTrialCounts countsByCountry(Connection connection) throws SQLException {
        Map<String, long[]> totals = new LinkedHashMap<>();
        Map<String, Map<Modality, Long>> byModality = new HashMap<>();
        Map<String, TrialOverride> overrides = TrialOverrideRepository.findAll(connection);
        try (PreparedStatement statement = connection.prepareStatement("SELECT country_codes, modality, nct_number FROM trial");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Modality modality = modality(rows.getString(2), overrides.get(NctNumbers.toNctId(rows.getLong(3))));
                for (String country : strings(rows.getArray(1))) {
                    long[] total = totals.computeIfAbsent(country, code -> new long[2]);
                    total[0]++;
                    if (modality != null) {
                        total[1]++;
                        byModality.computeIfAbsent(country, code -> new EnumMap<>(Modality.class))
                                .merge(modality, 1L, Long::sum);
                    }
                }
            }
        }
        List<TrialCountryCounts> countries = new ArrayList<>();
        totals.forEach((country, total) -> countries.add(new TrialCountryCounts(country, total[0], total[1],
                byModality.getOrDefault(country, Map.of()))));
        countries.sort(Comparator.comparingLong(TrialCountryCounts::allTrials).reversed()
                .thenComparing(TrialCountryCounts::countryCode));
        try (PreparedStatement statement = connection.prepareStatement("SELECT MAX(imported_at) FROM trial_import");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            Timestamp latest = rows.getTimestamp(1);
            return new RegistryTrialCounts(countries, latest == null ? null : latest.toInstant());
        }
    }

    /** CGT trials per modality (analysts' overrides applied), each trial once, in the order of {@link Modality}. */
    public Map<Modality, Long> countsByModality() {
        return database.read(connection -> {
            Map<Modality, Long> counts = new EnumMap<>(Modality.class);
            Map<String, TrialOverride> overrides = TrialOverrideRepository.findAll(connection);
            try (PreparedStatement statement = connection.prepareStatement("SELECT modality, nct_number FROM trial");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Modality modality = modality(rows.getString(1), overrides.get(NctNumbers.toNctId(rows.getLong(2))));
                    if (modality != null) {
                        counts.merge(modality, 1L, Long::sum);
                    }
                }
            }
            return counts;
        });
    }

    /** Whether a trial with this id is stored. */
    public boolean exists(String nctId) {
        if (!NctNumbers.isNctId(nctId)) {
            return false;
        }
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM trial WHERE nct_number = ?")) {
                statement.setLong(1, NctNumbers.toNumber(nctId));
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /** The stored modality, or the analyst's where an override stands (null: not CGT). */
    private static Modality modality(String stored, TrialOverride override) {
        if (override != null) {
            return override.modality();
        }
        return stored == null ? null : Modality.valueOf(stored);
    }

    private static String[] strings(Array array) throws SQLException {
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

    private static List<String> list(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\|"));
    }

    private static String explanation(String ruleExplanation) {
        return ruleExplanation == null ? TrialClassification.NO_RULE_EXPLANATION : ruleExplanation;
    }

    /** A trial's source as stored: where its raw record is, or (imported before copies were kept) the record itself. */
    record StoredSource(String fileName, String format, Instant importedAt, String archiveFile, long start, long end,
                        String rawSource) {
    }

    private static PartialDate date(Date date, String precision) {
        return date == null ? null : new PartialDate(date.toLocalDate(), DatePrecision.valueOf(precision));
    }
}
