package org.cgtatlas.domain;

import java.time.OffsetDateTime;

/**
 * Where a record came from and who last changed it. Bundled records that a user edits become
 * {@code userEdited}, and a dataset upgrade leaves them alone.
 */
public record Provenance(RecordOrigin origin, boolean userEdited, String updatedBy, OffsetDateTime updatedAt) {

    public static final Provenance BUNDLED = new Provenance(RecordOrigin.BUNDLED, false, null, null);

    public static Provenance editedNowBy(RecordOrigin origin, String user) {
        return new Provenance(origin, true, user, OffsetDateTime.now().withNano(0));
    }
}
