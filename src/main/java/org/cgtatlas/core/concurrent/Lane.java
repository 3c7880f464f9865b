package org.cgtatlas.core.concurrent;

/** Where background work runs. */
public enum Lane {
    /** The one database thread: all JDBC and file work, serial and in the order it was asked for. */
    DATABASE,
    /** A small pool for in-memory work (filter, sort, search, layout) that never touches the database. */
    COMPUTE
}
