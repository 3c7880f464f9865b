package org.cgtatlas.domain;

import java.util.UUID;

/** Ids for records the analyst creates; bundled ids are readable slugs, user ids carry "user" and a random part. */
public final class RecordIds {

    private RecordIds() {
    }

    /** For example {@code newUserId("prog")} → "prog-user-3f9c2a1b7d4e". */
    public static String newUserId(String prefix) {
        return prefix + "-user-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** The operating system's name for the analyst, recorded on every edit. */
    public static String currentUser() {
        return System.getProperty("user.name", "unknown");
    }
}
