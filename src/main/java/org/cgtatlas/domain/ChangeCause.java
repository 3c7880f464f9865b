package org.cgtatlas.domain;

import java.util.Arrays;

/** Why a record changed, as stored in {@code change_log.cause}. */
public enum ChangeCause {
    EDIT("edit"),
    DELETE("delete"),
    UNDO("undo"),
    REVERT("revert"),
    DATASET_IMPORT("dataset-import"),
    DATASET_UPGRADE("dataset-upgrade");

    private final String key;

    ChangeCause(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The cause stored as {@code key}; a cause this version does not know (written by a later one) reads as EDIT. */
    public static ChangeCause fromKey(String key) {
        return Arrays.stream(values()).filter(cause -> cause.key.equals(key)).findFirst().orElse(EDIT);
    }
}
