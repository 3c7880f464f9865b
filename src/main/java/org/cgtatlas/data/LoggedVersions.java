package org.cgtatlas.data;

import java.util.List;
import org.cgtatlas.domain.FieldChange;
import org.cgtatlas.domain.RecordKind;

/** Reads the versions the change log keeps (its JSON objects) for readers outside the data layer. */
public final class LoggedVersions {

    private LoggedVersions() {
    }

    /** The record a logged version of {@code kind} holds. */
    public static Record read(RecordKind kind, String json) {
        return ChangeJson.read(json, kind.type());
    }

    /** The fields that differ between two logged versions, in the record's order (null: no version). */
    public static List<FieldChange> differences(String before, String after) {
        return ChangeJson.changedFields(before, after);
    }
}
