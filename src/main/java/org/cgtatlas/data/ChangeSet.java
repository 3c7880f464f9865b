package org.cgtatlas.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cgtatlas.domain.ChangeCause;
import org.cgtatlas.domain.RecordKind;

/**
 * The records one write is about to change, with their state before it; {@link #record()} reads them again and logs
 * one row per record that differs. Records written unchanged (a dataset upgrade rewriting a bundled record as it was)
 * leave no row.
 */
final class ChangeSet {

    record Difference(RecordKind kind, String id, String before, String after) {
    }

    private record Tracked(RecordKind kind, ChangeRecorder.RecordReader one, ChangeRecorder.KindReader all,
                           Map<String, String> before) {
    }

    private final ChangeRecorder recorder;
    private final Connection connection;
    private final ChangeCause cause;
    private final Map<RecordKind, Tracked> byKind = new LinkedHashMap<>();

    ChangeSet(ChangeRecorder recorder, Connection connection, ChangeCause cause) {
        this.recorder = recorder;
        this.connection = connection;
        this.cause = cause;
    }

    /** Follows one record (or none yet, for an insert) of {@code kind}; call before writing it. */
    ChangeSet track(RecordKind kind, String id, ChangeRecorder.RecordReader reader) throws SQLException {
        Tracked tracked = byKind.computeIfAbsent(kind, key -> new Tracked(key, reader, null, new LinkedHashMap<>()));
        if (!tracked.before().containsKey(id)) {
            tracked.before().put(id, ChangeJson.write(reader.read(connection, id)));
        }
        return this;
    }

    /** Follows every record of {@code kind}, those there now and those the write adds. */
    ChangeSet trackAll(RecordKind kind, ChangeRecorder.KindReader reader) throws SQLException {
        byKind.put(kind, new Tracked(kind, null, reader, json(reader.readAll(connection))));
        return this;
    }

    /** Reads the followed records again and logs those that changed. */
    void record() throws SQLException {
        List<Difference> differences = new ArrayList<>();
        for (Tracked tracked : byKind.values()) {
            Map<String, String> after = tracked.all() != null ? json(tracked.all().readAll(connection)) : readEach(tracked);
            Set<String> ids = new LinkedHashSet<>(tracked.before().keySet());
            ids.addAll(after.keySet());
            for (String id : ids) {
                String was = tracked.before().get(id);
                String is = after.get(id);
                if (!Objects.equals(was, is)) {
                    differences.add(new Difference(tracked.kind(), id, was, is));
                }
            }
        }
        if (!differences.isEmpty()) {
            recorder.write(connection, cause, differences);
        }
    }

    private Map<String, String> readEach(Tracked tracked) throws SQLException {
        Map<String, String> after = new HashMap<>();
        for (String id : tracked.before().keySet()) {
            String json = ChangeJson.write(tracked.one().read(connection, id));
            if (json != null) {
                after.put(id, json);
            }
        }
        return after;
    }

    private static Map<String, String> json(Map<String, ? extends Record> records) {
        Map<String, String> json = new LinkedHashMap<>();
        records.forEach((id, record) -> json.put(id, ChangeJson.write(record)));
        return json;
    }
}
