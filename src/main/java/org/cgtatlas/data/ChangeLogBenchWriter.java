package org.cgtatlas.data;

import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.ChangeCause;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.RecordKind;

/**
 * For benches: writes many programme saves and deletions in one transaction, each logged through a {@link ChangeSet}
 * exactly as {@link ProgrammeRepository#save} and {@link ProgrammeRepository#delete} log them, but reading the record
 * before and after from memory: the repositories' per-record read loads the whole table, which at 100,000 programmes
 * would take hours for 20,000 changes. Only for generated programmes without citations, partners or markers.
 */
public final class ChangeLogBenchWriter {

    private final Database database;
    private final ChangeRecorder recorder;
    private final ProgrammeRepository programmes;

    public ChangeLogBenchWriter(Database database) {
        this.database = database;
        this.recorder = ChangeRecorder.standard();
        this.programmes = new ProgrammeRepository(database, recorder);
    }

    /** Saves {@code saved} in order, then deletes {@code deleted}; {@code stored} are the programmes as stored now. */
    public void write(List<Programme> stored, List<Programme> saved, List<Programme> deleted) {
        Map<String, Programme> current = new HashMap<>();
        stored.forEach(programme -> current.put(programme.id(), programme));
        database.inTransaction(connection -> {
            for (Programme programme : saved) {
                ChangeSet changed = recorder.begin(connection, ChangeCause.EDIT)
                        .track(RecordKind.PROGRAMME, programme.id(), (c, id) -> current.get(id));
                programmes.upsert(connection, programme);
                current.put(programme.id(), programme);
                changed.record();
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM programme WHERE id = ?")) {
                for (Programme programme : deleted) {
                    ChangeSet changed = recorder.begin(connection, ChangeCause.DELETE)
                            .track(RecordKind.PROGRAMME, programme.id(), (c, id) -> current.get(id));
                    delete.setString(1, programme.id());
                    delete.executeUpdate();
                    current.remove(programme.id());
                    changed.record();
                }
            }
            return null;
        });
    }
}
