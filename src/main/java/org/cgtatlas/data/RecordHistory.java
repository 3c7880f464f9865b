package org.cgtatlas.data;

import java.util.List;
import org.cgtatlas.domain.RecordChange;
import org.cgtatlas.domain.RecordKind;

/** What a screen's "History" needs: a record's logged changes, and "revert to this version". */
public final class RecordHistory {

    private final ChangeLogRepository log;
    private final RecordReverter reverter;

    public RecordHistory(ChangeLogRepository log, RecordReverter reverter) {
        this.log = log;
        this.reverter = reverter;
    }

    /** The record's changes, newest first. */
    public List<RecordChange> of(RecordKind kind, String recordId) {
        return log.history(kind, recordId);
    }

    public boolean canRevertTo(RecordChange version) {
        return RecordReverter.canRevertTo(version);
    }

    /** Writes the record back as {@code version} left it (logged with cause revert); the result's undo takes it back. */
    public RecordReverter.Reverted revert(RecordChange version) {
        return reverter.revert(version);
    }
}
