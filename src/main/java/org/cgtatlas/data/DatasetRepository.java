package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.ChangeCause;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.DatasetWriteSummary;
import org.cgtatlas.domain.Milestone;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.Person;
import org.cgtatlas.domain.PipelineListing;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.domain.Source;
import org.cgtatlas.domain.SubjectType;

/**
 * Reads and writes the whole dataset. A bundle upgrade adds new records and refreshes unchanged bundled ones,
 * but never touches a record the analyst entered, edited or deleted; an explicit import writes every record it holds.
 */
public final class DatasetRepository {

    /** How a dataset's records meet the ones already stored. */
    public enum WriteMode {
        /** Records the analyst entered, edited or deleted are kept as they are. */
        BUNDLE_UPGRADE,
        /** Every record in the file replaces the stored one with the same id. */
        IMPORT
    }

    private static final Map<SubjectType, String> TABLES = Map.of(
            SubjectType.ORGANIZATION, "organization",
            SubjectType.METRIC, "country_metric",
            SubjectType.MILESTONE, "milestone",
            SubjectType.PIPELINE_LISTING, "pipeline_listing",
            SubjectType.PROGRAMME, "programme",
            SubjectType.EVENT, "collaboration_event",
            SubjectType.PERSON, "person");

    private final Database database;
    private final ChangeRecorder changes;
    private final CountryRepository countries;
    private final SourceRepository sources;
    private final OrganizationRepository organizations;
    private final MetricRepository metrics;
    private final MilestoneRepository milestones;
    private final PipelineListingRepository listings;
    private final ProgrammeRepository programmes;
    private final EventRepository events;
    private final PersonRepository people;
    private final MetadataRepository metadata;

    public DatasetRepository(Database database) {
        this(database, ChangeRecorder.standard());
    }

    public DatasetRepository(Database database, ChangeRecorder changes) {
        this.database = database;
        this.changes = changes;
        this.countries = new CountryRepository(database);
        this.sources = new SourceRepository(database);
        this.organizations = new OrganizationRepository(database, changes);
        this.metrics = new MetricRepository(database, changes);
        this.milestones = new MilestoneRepository(database);
        this.listings = new PipelineListingRepository(database);
        this.programmes = new ProgrammeRepository(database, changes);
        this.events = new EventRepository(database, changes);
        this.people = new PersonRepository(database);
        this.metadata = new MetadataRepository(database);
    }

    /** The whole dataset, as the JSON export writes it; the screens read {@code landscape.LandscapeCache} instead. */
    public Dataset load() {
        return database.readConsistently(this::load);
    }

    /** The whole dataset as {@code connection} sees it; for a read that takes more than the dataset in one go. */
    public Dataset load(Connection connection) throws SQLException {
        return new Dataset(Dataset.FORMAT, Dataset.FORMAT_VERSION,
                metadata.get(connection, MetadataRepository.DATASET_VERSION).orElse(null),
                metadata.get(connection, MetadataRepository.DATASET_AS_OF).map(PartialDate::parse).orElse(null),
                sources.findAll(connection), countries.findAll(connection), organizations.findAll(connection),
                metrics.findAll(connection), milestones.findAll(connection), listings.findAll(connection),
                programmes.findAll(connection), events.findAll(connection), people.findAll(connection));
    }

    /** The version of the dataset last written, if any. */
    public Optional<String> storedVersion() {
        return database.read(connection -> metadata.get(connection, MetadataRepository.DATASET_VERSION));
    }

    /** Every stored id and country code, so an imported file may refer to records it does not contain. */
    public Set<String> storedIds() {
        return database.read(connection -> {
            Set<String> ids = ids(connection, "SELECT code FROM country");
            ids.addAll(ids(connection, "SELECT id FROM source"));
            for (String table : TABLES.values()) {
                ids.addAll(ids(connection, "SELECT id FROM " + table));
            }
            return ids;
        });
    }

    public Map<String, String> storedSourceTexts() {
        return database.read(connection -> {
            Map<String, String> texts = new java.util.HashMap<>();
            for (var source : sources.findAll(connection)) {
                texts.put(source.id(), source.text());
            }
            return texts;
        });
    }

    /** Writes the dataset in one transaction: all of it, or (on any failure) nothing. */
    public DatasetWriteSummary write(Dataset dataset, WriteMode mode) {
        return database.inTransaction(connection -> {
            ChangeSet changed = trackAll(connection, mode == WriteMode.IMPORT ? ChangeCause.DATASET_IMPORT : ChangeCause.DATASET_UPGRADE);
            Counter counter = new Counter();
            for (var country : dataset.countries()) {
                countries.upsert(connection, country);
            }
            for (var source : dataset.sources()) {
                sources.upsert(connection, source);
            }
            writeAll(connection, mode, counter, SubjectType.ORGANIZATION, dataset.organizations(),
                    organization -> organization.id(), organizations::upsert);
            writeAll(connection, mode, counter, SubjectType.METRIC, dataset.metrics(), metric -> metric.id(), metrics::upsert);
            writeAll(connection, mode, counter, SubjectType.PIPELINE_LISTING, dataset.pipelineListings(),
                    listing -> listing.id(), listings::upsert);
            writeAll(connection, mode, counter, SubjectType.PROGRAMME, dataset.programmes(),
                    programme -> programme.id(), programmes::upsert);
            writeAll(connection, mode, counter, SubjectType.EVENT, parentsFirst(dataset.events()),
                    event -> event.id(), events::upsert);
            writeAll(connection, mode, counter, SubjectType.MILESTONE, dataset.milestones(),
                    milestone -> milestone.id(), milestones::upsert);
            writeAll(connection, mode, counter, SubjectType.PERSON, dataset.people(), person -> person.id(), people::upsert);
            if (dataset.datasetVersion() != null) {
                metadata.put(connection, MetadataRepository.DATASET_VERSION, dataset.datasetVersion());
            }
            if (dataset.asOf() != null) {
                metadata.put(connection, MetadataRepository.DATASET_AS_OF, dataset.asOf().iso());
            }
            if (mode == WriteMode.BUNDLE_UPGRADE) {
                retireDroppedBundledRecords(connection, dataset, counter);
            }
            changed.record();
            return new DatasetWriteSummary(counter.added, counter.updated, counter.kept, counter.retired);
        });
    }

    /** Follows every curated record: a dataset write may add, change or retire any of them. */
    private ChangeSet trackAll(Connection connection, ChangeCause cause) throws SQLException {
        return changes.begin(connection, cause)
                .trackAll(RecordKind.COUNTRY, c -> byId(countries.findAll(c), Country::code))
                .trackAll(RecordKind.SOURCE, c -> byId(sources.findAll(c), Source::id))
                .trackAll(RecordKind.ORGANIZATION, c -> byId(organizations.findAll(c), Organization::id))
                .trackAll(RecordKind.METRIC, c -> byId(metrics.findAll(c), CountryMetric::id))
                .trackAll(RecordKind.PIPELINE_LISTING, c -> byId(listings.findAll(c), PipelineListing::id))
                .trackAll(RecordKind.PROGRAMME, c -> byId(programmes.findAll(c), Programme::id))
                .trackAll(RecordKind.EVENT, c -> byId(events.findAll(c), CollaborationEvent::id))
                .trackAll(RecordKind.MILESTONE, c -> byId(milestones.findAll(c), Milestone::id))
                .trackAll(RecordKind.PERSON, c -> byId(people.findAll(c), Person::id));
    }

    private static <T extends Record> Map<String, T> byId(List<T> records, Function<T, String> idOf) {
        Map<String, T> byId = new LinkedHashMap<>();
        records.forEach(record -> byId.put(idOf.apply(record), record));
        return byId;
    }

    private <T> void writeAll(Connection connection, WriteMode mode, Counter counter, SubjectType type, List<T> records,
                              Function<T, String> idOf, Upsert<T> upsert) throws SQLException {
        String table = TABLES.get(type);
        Set<String> existing = ids(connection, "SELECT id FROM " + table);
        Set<String> protectedIds = mode == WriteMode.IMPORT ? Set.of() : protectedIds(connection, type, table);
        for (T record : records) {
            String id = idOf.apply(record);
            if (protectedIds.contains(id)) {
                counter.kept++;
                continue;
            }
            upsert.write(connection, record);
            if (existing.contains(id)) {
                counter.updated++;
            } else {
                counter.added++;
            }
        }
    }

    /**
     * A record the previous bundle shipped and the new one no longer holds was removed by the curators; unless the
     * analyst edited it, it goes with its citations and markers. Organizations stay: the analyst's records may name them.
     */
    private static void retireDroppedBundledRecords(Connection connection, Dataset dataset, Counter counter)
            throws SQLException {
        Map<SubjectType, Set<String>> shipped = Map.of(
                SubjectType.METRIC, idsOf(dataset.metrics(), metric -> metric.id()),
                SubjectType.MILESTONE, idsOf(dataset.milestones(), milestone -> milestone.id()),
                SubjectType.PIPELINE_LISTING, idsOf(dataset.pipelineListings(), listing -> listing.id()),
                SubjectType.PROGRAMME, idsOf(dataset.programmes(), programme -> programme.id()),
                SubjectType.EVENT, idsOf(dataset.events(), event -> event.id()),
                SubjectType.PERSON, idsOf(dataset.people(), person -> person.id()));
        for (var kind : shipped.entrySet()) {
            String table = TABLES.get(kind.getKey());
            Set<String> dropped = ids(connection, "SELECT id FROM " + table + " WHERE origin = 'BUNDLED' AND NOT user_edited");
            dropped.removeAll(kind.getValue());
            for (String id : dropped) {
                for (String sql : List.of("DELETE FROM citation WHERE subject_type = ? AND subject_id = ?",
                        "DELETE FROM inference_marker WHERE subject_type = ? AND subject_id = ?",
                        "DELETE FROM analyst_source WHERE subject_type = ? AND subject_id = ?")) {
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        statement.setString(1, kind.getKey().name());
                        statement.setString(2, id);
                        statement.executeUpdate();
                    }
                }
                try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
                    statement.setString(1, id);
                    statement.executeUpdate();
                }
                counter.retired++;
            }
        }
    }

    private static <T> Set<String> idsOf(List<T> records, Function<T, String> idOf) {
        Set<String> ids = new HashSet<>();
        records.forEach(record -> ids.add(idOf.apply(record)));
        return ids;
    }

    private static Set<String> protectedIds(Connection connection, SubjectType type, String table) throws SQLException {
        Set<String> ids = ids(connection, "SELECT id FROM " + table + " WHERE user_edited OR origin = 'USER'");
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT subject_id FROM deleted_bundled_record WHERE subject_type = ?")) {
            statement.setString(1, type.name());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private static Set<String> ids(Connection connection, String sql) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** Orders events so that every parent is written before the events that point to it. */
    static List<CollaborationEvent> parentsFirst(List<CollaborationEvent> events) {
        Map<String, CollaborationEvent> pending = new LinkedHashMap<>();
        events.forEach(event -> pending.put(event.id(), event));
        List<CollaborationEvent> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (var iterator = pending.values().iterator(); iterator.hasNext(); ) {
                CollaborationEvent event = iterator.next();
                String parent = event.parentEventId();
                if (parent == null || placed.contains(parent) || !pending.containsKey(parent)) {
                    ordered.add(event);
                    placed.add(event.id());
                    iterator.remove();
                    progress = true;
                }
            }
            if (!progress) {
                ordered.addAll(pending.values());
                break;
            }
        }
        return ordered;
    }

    @FunctionalInterface
    private interface Upsert<T> {
        void write(Connection connection, T record) throws SQLException;
    }

    private static final class Counter {
        private int added;
        private int updated;
        private int kept;
        private int retired;
    }
}
