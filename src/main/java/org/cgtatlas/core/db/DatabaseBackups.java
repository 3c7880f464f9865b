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
import java.util.stream.Stream;
import org.cgtatlas.core.error.ErrorWording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups of the database: H2's {@code BACKUP TO} copies a consistent state of the file while the app keeps
 * working. Automatic backups go to {@code backups/} in the data folder, and only the newest {@code keep} are kept.
 */
public final class DatabaseBackups {

    public static final String FOLDER = "backups";
    public static final int DEFAULT_KEEP = 10;
    private static final String PREFIX = "atlas-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackups.class);

    private final Database database;
    private final int keep;
    private final Clock clock;

    public DatabaseBackups(Database database, int keep, Clock clock) {
        this.database = database;
        this.keep = Math.max(1, keep);
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

    /** An automatic backup in the data folder's backups/, named by time and reason; older ones beyond {@code keep} go. */
    public Path backup(String reason) {
        Path folder = database.dataFolder().resolve(FOLDER);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the backup folder " + folder + ": " + e.getMessage(), e);
        }
        Path file = folder.resolve(PREFIX + LocalDateTime.now(clock).format(STAMP) + "-" + reason + ".zip");
        backupTo(file);
        prune();
        LOG.info("Backed up the database to {}", file);
        return file;
    }

    /** Once a day: a backup if the newest one is older than a day (or there is none). */
    public Optional<Path> backupIfDue() {
        Optional<Path> newest = newest();
        if (newest.isPresent()) {
            try {
                var age = Duration.between(Files.getLastModifiedTime(newest.get()).toInstant(), clock.instant());
                if (age.compareTo(Duration.ofDays(1)) < 0) {
                    return Optional.empty();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.of(backup("daily"));
    }

    /** The automatic backups, newest first. */
    public List<Path> list() {
        return list(database.dataFolder());
    }

    public static List<Path> list(Path dataFolder) {
        Path folder = dataFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.getFileName().toString().startsWith(PREFIX)
                            && path.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path path) -> path.getFileName().toString()).reversed())
                    .toList();
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
        return list().stream().findFirst();
    }

    private void prune() {
        List<Path> backups = list();
        for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            deleteQuietly(old);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }
}
