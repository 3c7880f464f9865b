package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.ChangeCause;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.Inference;
import org.cgtatlas.domain.MetricKind;
import org.cgtatlas.domain.Qualifier;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.domain.SubjectType;

/** Figures reported per country. */
public final class MetricRepository {

    private static final String COLUMNS = "id, country_code, kind, metric_value, value_high, qualifier, wording, unit, "
            + "as_of, as_of_precision, note, about_id, " + Jdbc.PROVENANCE_COLUMNS;

    private final Database database;
    private final ChangeRecorder changes;
    private final CitationRepository citations = new CitationRepository();
    private final InferenceRepository inferences = new InferenceRepository();

    public MetricRepository(Database database) {
        this(database, ChangeRecorder.standard());
    }

    public MetricRepository(Database database, ChangeRecorder changes) {
        this.database = database;
        this.changes = changes;
    }

    public List<CountryMetric> findAll() {
        return database.read(this::findAll);
    }

    public List<CountryMetric> findAll(Connection connection) throws SQLException {
        Map<String, List<Citation>> cited = citations.findAll(connection, SubjectType.METRIC);
        Map<String, List<Inference>> inferred = inferences.findAll(connection, SubjectType.METRIC);
        List<CountryMetric> metrics = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM country_metric ORDER BY country_code, kind, as_of DESC NULLS LAST");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString("id");
                metrics.add(new CountryMetric(id, rows.getString("country_code"),
                        Jdbc.getEnum(rows, "kind", MetricKind.class), rows.getBigDecimal("metric_value"),
                        rows.getBigDecimal("value_high"), Jdbc.getEnum(rows, "qualifier", Qualifier.class),
                        rows.getString("wording"), rows.getString("unit"), Jdbc.getDate(rows, "as_of", "as_of_precision"),
                        rows.getString("note"), rows.getString("about_id"), cited.getOrDefault(id, List.of()),
                        Jdbc.getProvenance(rows),
                        inferred.getOrDefault(id, List.of())));
            }
        }
        return metrics;
    }

    /** The record with this id as {@code connection} sees it, or null. */
    public CountryMetric find(Connection connection, String id) throws SQLException {
        return findAll(connection).stream().filter(metric -> metric.id().equals(id)).findFirst().orElse(null);
    }

    public void upsert(Connection connection, CountryMetric metric) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "MERGE INTO country_metric (" + COLUMNS + ") KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, metric.id());
            statement.setString(2, metric.countryCode());
            Jdbc.setEnum(statement, 3, metric.kind());
            statement.setBigDecimal(4, metric.value());
            statement.setBigDecimal(5, metric.valueHigh());
            Jdbc.setEnum(statement, 6, metric.qualifier());
            statement.setString(7, metric.wording());
            statement.setString(8, metric.unit());
            Jdbc.setDate(statement, 9, metric.asOf());
            statement.setString(11, metric.note());
            statement.setString(12, metric.about());
            Jdbc.setProvenance(statement, 13, metric.provenance());
            statement.executeUpdate();
        }
        citations.replace(connection, SubjectType.METRIC, metric.id(), metric.citations());
        inferences.replace(connection, SubjectType.METRIC, metric.id(), metric.inferred());
    }

    /** Writes one figure in its own transaction (the analyst edits figures only by reverting to a past version). */
    void save(CountryMetric metric, ChangeCause cause) {
        database.inTransaction(connection -> {
            ChangeSet changed = changes.begin(connection, cause).track(RecordKind.METRIC, metric.id(), this::find);
            upsert(connection, metric);
            changed.record();
            return null;
        });
    }
}
