package org.cgtatlas.core.db;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Set;

/** A backup in the data folder's {@code backups/}: when it was taken, why, and the tiers that keep it. */
public record AutomaticBackup(Path file, LocalDateTime takenAt, String reason, Set<BackupTier> tiers) {

    public AutomaticBackup {
        tiers = Set.copyOf(tiers);
    }

    public boolean kept() {
        return !tiers.isEmpty();
    }
}
