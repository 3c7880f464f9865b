package org.cgtatlas.domain;

/** Whether a record came with the bundled dataset or was entered by the user. */
public enum RecordOrigin {
    BUNDLED, USER
}
