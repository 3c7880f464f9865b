package org.cgtatlas.core.db;

/**
 * Why an automatic backup is kept. Each tier keeps its own number of backups, so a burst of imports can only push out
 * older "before-…" backups, never the last daily, weekly or monthly ones or the state before the first import.
 */
public enum BackupTier {
    /** The state before the very first import that changed the data; kept for good. */
    BEFORE_FIRST_IMPORT,
    /** Taken before an import or a migration changed the data. */
    BEFORE_CHANGE,
    /** The once-a-day backup. */
    DAILY,
    /** The last daily backup of a week. */
    WEEKLY,
    /** The last daily backup of a month. */
    MONTHLY
}
