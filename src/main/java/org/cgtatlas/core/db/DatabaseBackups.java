package org.cgtatlas.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cgtatlas.core.error.ErrorWording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups of the database: H2's {@code BACKUP TO} copies a consistent state of the file while the app keeps
 * working. Automatic backups go to {@code backups/} in the data folder, named by time and reason; which are kept is
 * decided by tiers ({@link BackupRetention}), so imports cannot push out the daily, weekly and monthly backups.
 */
public final class DatabaseBackups {

    public static final String FOLDER = "backups";
    /** How many "before-…" backups are kept unless the settings say otherwise. */
    public static final int DEFAULT_KEEP = BackupRetention.DEFAULT_BEFORE_CHANGES;
    private static final String PREFIX = "atlas-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{8}-\\d{6}-\\d{3})-(.+)\\.zip");
    private static final String BEFORE_IMPORT = "before-import";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackups.class);

    private final Database database;
    private final BackupRetention retention;
    private final Clock clock;

    /** {@code keep}: how many "before-…" backups to keep; the other tiers keep their own numbers. */
    public DatabaseBackups(Database database, int keep, Clock clock) {
        this.database = database;
        this.retention = BackupRetention.keepingBeforeChanges(keep);
        this.clock = clock;
    }

    /** Writes a backup to the given file: to a temporary file beside it first, so a failure leaves nothing half-written. */
    public void backupTo(Path file) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new DatabaseException("Cannot write the backup: the folder " + folder + " does not exist");
        }
        Path temporary = folder.resolve("." + target.getFileName() + ".part");
        try {
            Files.deleteIfExists(temporary);
            database.read(connection -> {
                try (PreparedStatement statement = connection.prepareStatement("BACKUP TO ?")) {
                    statement.setString(1, temporary.toString());
                    statement.execute();
                }
                return null;
            });
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new DatabaseException("Cannot write the backup " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(temporary);
            throw new DatabaseException("Cannot write the backup " + target + ": " + ErrorWording.rootCause(e), e);
        }
    }

    /** An automatic backup in the data folder's backups/, named by time and reason; backups no tier keeps go. */
    public Path backup(String reason) {
        Path file = backupWithoutPruning(reason);
        prune();
        LOG.info("Backed up the database to {}", file);
        return file;
    }

    /**
     * Runs an import with a backup of the state before it, and keeps that backup only if the import changed the data:
     * a rejected file, a cancelled import or one that {@code changedData} says changed nothing leaves no backup behind
     * (and so pushes none out). The first import that changes the data keeps its backup for good.
     */
    public <T> T aroundImport(Supplier<T> importing, Predicate<T> changedData) {
        boolean first = list().stream().noneMatch(backup -> backup.reason().equals(BackupRetention.FIRST_IMPORT_REASON));
        Path backup = backupWithoutPruning(first ? BackupRetention.FIRST_IMPORT_REASON : BEFORE_IMPORT);
        T result;
        try {
            result = importing.get();
        } catch (RuntimeException | Error e) {
            deleteQuietly(backup);
            throw e;
        }
        if (changedData.test(result)) {
            prune();
            LOG.info("Backed up the database before an import to {}", backup);
        } else {
            deleteQuietly(backup);
        }
        return result;
    }

    private Path backupWithoutPruning(String reason) {
        Path folder = database.dataFolder().resolve(FOLDER);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the backup folder " + folder + ": " + e.getMessage(), e);
        }
        Path file = folder.resolve(PREFIX + LocalDateTime.now(clock).format(STAMP) + "-" + reason + ".zip");
        backupTo(file);
        return file;
    }

    /** Once a day: a daily backup if the newest daily one is a day old (or there is none); other backups do not count. */
    public Optional<Path> backupIfDue() {
        Optional<AutomaticBackup> newestDaily = list().stream()
                .filter(backup -> backup.reason().equals(BackupRetention.DAILY_REASON)).findFirst();
        if (newestDaily.isPresent()
                && Duration.between(newestDaily.get().takenAt(), LocalDateTime.now(clock)).compareTo(Duration.ofDays(1)) < 0) {
            return Optional.empty();
        }
        return Optional.of(backup(BackupRetention.DAILY_REASON));
    }

    /** The automatic backups with the tiers that keep them, newest first. */
    public List<AutomaticBackup> list() {
        return retention.classify(found(database.dataFolder()));
    }

    /** The automatic backups' files, newest first. */
    public static List<Path> list(Path dataFolder) {
        return found(dataFolder).stream().sorted(Comparator.comparing(BackupRetention.Found::takenAt).reversed())
                .map(BackupRetention.Found::file).toList();
    }

    private static List<BackupRetention.Found> found(Path dataFolder) {
        Path folder = dataFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.flatMap(path -> {
                Matcher name = NAME.matcher(path.getFileName().toString());
                return name.matches() ? Stream.of(new BackupRetention.Found(path,
                        LocalDateTime.parse(name.group(1), STAMP), name.group(2))) : Stream.empty();
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** When the oldest automatic backup of a data folder was taken; empty when there is none. */
    public static Optional<Instant> oldestTakenAt(Path dataFolder) {
        List<Path> backups = list(dataFolder);
        if (backups.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.getLastModifiedTime(backups.get(backups.size() - 1)).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Path> newest() {
        return list().stream().findFirst().map(AutomaticBackup::file);
    }

    private void prune() {
        list().stream().filter(backup -> !backup.kept()).forEach(backup -> deleteQuietly(backup.file()));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }
}
