package org.cgtatlas.domain;

import java.util.Locale;

/** What a change did to its record. */
public enum ChangeOperation {
    INSERT, UPDATE, DELETE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChangeOperation fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
