package org.cgtatlas.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BackupRetentionTest {

    private static final BackupRetention RETENTION = BackupRetention.keepingBeforeChanges(10);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 3, 15, 0);

    private static BackupRetention.Found found(LocalDateTime takenAt, String reason) {
        return new BackupRetention.Found(Path.of(takenAt + "-" + reason + ".zip"), takenAt, reason);
    }

    /** A daily backup on each of the last 400 days, the first import long ago, and some imports since. */
    private static List<BackupRetention.Found> aYearOfUse() {
        List<BackupRetention.Found> backups = new ArrayList<>();
        for (int day = 400; day >= 1; day--) {
            backups.add(found(NOW.minusDays(day), BackupRetention.DAILY_REASON));
        }
        backups.add(found(NOW.minusDays(380).plusHours(2), BackupRetention.FIRST_IMPORT_REASON));
        return backups;
    }

    private static Map<BackupTier, List<LocalDateTime>> kept(List<AutomaticBackup> backups) {
        return backups.stream().flatMap(backup -> backup.tiers().stream().map(tier -> Map.entry(tier, backup.takenAt())))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    @Test
    void eachTierKeepsItsOwnNumber() {
        Map<BackupTier, List<LocalDateTime>> kept = kept(RETENTION.classify(aYearOfUse()));
        assertThat(kept.get(BackupTier.DAILY)).hasSize(7).first().isEqualTo(NOW.minusDays(1));
        assertThat(kept.get(BackupTier.WEEKLY)).hasSize(4);
        assertThat(kept.get(BackupTier.MONTHLY)).hasSize(12)
                .allSatisfy(taken -> assertThat(taken).isAfter(NOW.minusMonths(12).minusDays(1)));
        assertThat(kept.get(BackupTier.BEFORE_FIRST_IMPORT)).containsExactly(NOW.minusDays(380).plusHours(2));
        assertThat(kept.get(BackupTier.WEEKLY)).as("a week's last daily backup, a week apart")
                .allSatisfy(taken -> assertThat(taken.getDayOfWeek()).isIn(java.time.DayOfWeek.SUNDAY, NOW.minusDays(1).getDayOfWeek()));
    }

    @Test
    void aBurstOfTwentyImportsPushesOutOnlyOlderBeforeImportBackups() {
        List<BackupRetention.Found> backups = aYearOfUse();
        Map<BackupTier, List<LocalDateTime>> before = kept(RETENTION.classify(backups));
        for (int i = 0; i < 20; i++) {
            backups.add(found(NOW.plusMinutes(i), "before-import"));
        }

        List<AutomaticBackup> classified = RETENTION.classify(backups);
        Map<BackupTier, List<LocalDateTime>> after = kept(classified);
        for (BackupTier tier : List.of(BackupTier.DAILY, BackupTier.WEEKLY, BackupTier.MONTHLY, BackupTier.BEFORE_FIRST_IMPORT)) {
            assertThat(after.get(tier)).as(tier.name()).isEqualTo(before.get(tier));
        }
        assertThat(after.get(BackupTier.BEFORE_CHANGE)).hasSize(10).first().isEqualTo(NOW.plusMinutes(19));
        assertThat(classified).filteredOn(backup -> backup.reason().equals("before-import") && !backup.kept()).hasSize(10);
        assertThat(classified).as("newest first").isSortedAccordingTo(
                java.util.Comparator.comparing(AutomaticBackup::takenAt).reversed());
    }
}
