package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.DatePrecision;
import org.cgtatlas.domain.Intervention;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.RegistryTrialCounts;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.domain.TrialClassification;
import org.cgtatlas.domain.TrialCountryCounts;
import org.cgtatlas.domain.TrialSource;

/** Reads the trials imported from ClinicalTrials.gov exports; {@link TrialImportWriter} writes them. */
public final class TrialRepository {

    private final Database database;

    public TrialRepository(Database database) {
        this.database = database;
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

    /** Every stored trial with its classification, by NCT number; without the raw source (see {@link #source}). */
    public List<ClassifiedTrial> findAll() {
        return database.read(connection -> {
            Map<String, Set<String>> countries = countriesByTrial(connection);
            Map<String, List<Intervention>> interventions = interventionsByTrial(connection);
            List<ClassifiedTrial> trials = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT nct_id, title, status, phases, conditions, "
                    + "sponsor, funder_type, start_date, start_precision, completion_date, completion_precision, enrollment, "
                    + "modality, classification_rule, classification_field, classification_match, classification_reason "
                    + "FROM trial ORDER BY nct_id");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String nctId = rows.getString(1);
                    Trial trial = new Trial(nctId, rows.getString(2), rows.getString(3), list(rows.getString(4)),
                            list(rows.getString(5)), interventions.getOrDefault(nctId, List.of()), rows.getString(6),
                            rows.getString(7), date(rows.getDate(8), rows.getString(9)), date(rows.getDate(10), rows.getString(11)),
                            (Integer) rows.getObject(12), countries.getOrDefault(nctId, Set.of()));
                    String modality = rows.getString(13);
                    trials.add(new ClassifiedTrial(trial, new TrialClassification(
                            modality == null ? null : Modality.valueOf(modality), rows.getString(14), rows.getString(15),
                            rows.getString(16), rows.getString(17))));
                }
            }
            return trials;
        });
    }

    /** The file, time and raw record the trial was last imported from. */
    public Optional<TrialSource> source(String nctId) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT i.file_name, i.format, i.imported_at, "
                    + "t.raw_source FROM trial t JOIN trial_import i ON i.id = t.last_import_id WHERE t.nct_id = ?")) {
                statement.setString(1, nctId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new TrialSource(rows.getString(1), rows.getString(2), rows.getTimestamp(3).toInstant(),
                                    rows.getString(4)))
                            : Optional.empty();
                }
            }
        });
    }

    /**
     * Trials counted from imported registry data, per country: a trial counts for a country when at least one of
     * its sites is there (ISO 3166-1 alpha-2 codes; Hong Kong is HK, not CN). For each country: all trials,
     * the CGT trials (those with a modality) and the CGT trials per modality; plus the time of the newest import,
     * so a screen can show "counted from registry data, imported …". Countries with the most trials come first.
     */
    public RegistryTrialCounts countsByCountry() {
        return database.read(connection -> {
            Map<String, long[]> totals = new LinkedHashMap<>();
            Map<String, Map<Modality, Long>> byModality = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT c.country_code, t.modality, COUNT(*) "
                    + "FROM trial_country c JOIN trial t ON t.nct_id = c.nct_id GROUP BY c.country_code, t.modality");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String country = rows.getString(1);
                    String modality = rows.getString(2);
                    long count = rows.getLong(3);
                    long[] total = totals.computeIfAbsent(country, code -> new long[2]);
                    total[0] += count;
                    if (modality != null) {
                        total[1] += count;
                        byModality.computeIfAbsent(country, code -> new EnumMap<>(Modality.class))
                                .put(Modality.valueOf(modality), count);
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
        });
    }

    /** CGT trials per modality, each trial once, in the order of {@link Modality}. */
    public Map<Modality, Long> countsByModality() {
        return database.read(connection -> {
            Map<Modality, Long> counts = new EnumMap<>(Modality.class);
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT modality, COUNT(*) FROM trial WHERE modality IS NOT NULL GROUP BY modality");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(Modality.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
            return counts;
        });
    }

    private static Map<String, Set<String>> countriesByTrial(Connection connection) throws SQLException {
        Map<String, Set<String>> countries = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT nct_id, country_code FROM trial_country");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                countries.computeIfAbsent(rows.getString(1), id -> new HashSet<>()).add(rows.getString(2));
            }
        }
        return countries;
    }

    private static Map<String, List<Intervention>> interventionsByTrial(Connection connection) throws SQLException {
        Map<String, List<Intervention>> interventions = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT nct_id, intervention_type, name FROM trial_intervention ORDER BY nct_id, position");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                interventions.computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
                        .add(new Intervention(rows.getString(2), rows.getString(3)));
            }
        }
        return interventions;
    }

    private static List<String> list(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\|"));
    }

    private static PartialDate date(Date date, String precision) {
        return date == null ? null : new PartialDate(date.toLocalDate(), DatePrecision.valueOf(precision));
    }
}
