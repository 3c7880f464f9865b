package org.cgtatlas.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One row of the change log: who changed which record when, why, and its fields before and after (JSON objects,
 * null before an insert and after a delete). {@code fields} lists the fields that differ, in the record's order.
 */
public record RecordChange(long seq, OffsetDateTime changedAt, String changedBy, RecordKind kind, String recordId,
                           ChangeOperation operation, ChangeCause cause, String fieldsBefore, String fieldsAfter,
                           List<FieldChange> fields) {

    public RecordChange {
        fields = List.copyOf(fields);
    }
}
