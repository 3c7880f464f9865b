package org.cgtatlas.core.db;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How many automatic backups each {@link BackupTier} keeps: the newest {@code beforeChanges} "before-…" backups, the
 * newest {@code daily} daily ones, the last daily backup of each of the newest {@code weekly} weeks and
 * {@code monthly} months, and always the one taken before the first import. A backup no tier keeps is removed.
 */
public record BackupRetention(int beforeChanges, int daily, int weekly, int monthly) {

    public static final String DAILY_REASON = "daily";
    public static final String FIRST_IMPORT_REASON = "before-first-import";
    public static final int DEFAULT_BEFORE_CHANGES = 10;

    public static BackupRetention keepingBeforeChanges(int beforeChanges) {
        return new BackupRetention(Math.max(1, beforeChanges), 7, 4, 12);
    }

    /** A backup as found by its file name, before its tiers are known. */
    record Found(Path file, LocalDateTime takenAt, String reason) {
    }

    /** The backups with the tiers that keep them, newest first. */
    List<AutomaticBackup> classify(List<Found> found) {
        List<Found> newestFirst = found.stream().sorted(Comparator.comparing(Found::takenAt).reversed()).toList();
        Map<Found, Set<BackupTier>> tiers = new LinkedHashMap<>();
        newestFirst.forEach(backup -> tiers.put(backup, EnumSet.noneOf(BackupTier.class)));
        List<Found> dailies = newestFirst.stream().filter(backup -> backup.reason().equals(DAILY_REASON)).toList();
        newestFirst.stream().filter(backup -> backup.reason().equals(FIRST_IMPORT_REASON))
                .forEach(backup -> tiers.get(backup).add(BackupTier.BEFORE_FIRST_IMPORT));
        newestFirst.stream()
                .filter(backup -> !backup.reason().equals(DAILY_REASON) && !backup.reason().equals(FIRST_IMPORT_REASON))
                .limit(beforeChanges).forEach(backup -> tiers.get(backup).add(BackupTier.BEFORE_CHANGE));
        dailies.stream().limit(daily).forEach(backup -> tiers.get(backup).add(BackupTier.DAILY));
        lastOfEach(dailies, backup -> backup.takenAt().get(IsoFields.WEEK_BASED_YEAR) * 100
                + backup.takenAt().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), weekly)
                .forEach(backup -> tiers.get(backup).add(BackupTier.WEEKLY));
        lastOfEach(dailies, backup -> YearMonth.from(backup.takenAt()), monthly)
                .forEach(backup -> tiers.get(backup).add(BackupTier.MONTHLY));
        List<AutomaticBackup> classified = new ArrayList<>();
        tiers.forEach((backup, kept) -> classified.add(new AutomaticBackup(backup.file(), backup.takenAt(), backup.reason(), kept)));
        return classified;
    }

    /** The newest backup of each period, for the newest {@code periods} periods; {@code newestFirst} is sorted. */
    private static List<Found> lastOfEach(List<Found> newestFirst, Function<Found, Object> period, int periods) {
        Map<Object, Found> newestOfPeriod = new LinkedHashMap<>();
        newestFirst.forEach(backup -> newestOfPeriod.putIfAbsent(period.apply(backup), backup));
        return newestOfPeriod.values().stream().limit(periods).toList();
    }
}
