package org.cgtatlas.core.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.cgtatlas.core.error.ErrorWording;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database in one data folder. Opening takes the folder's lock, backs up an existing database
 * before a schema migration, then runs Flyway. A file H2 cannot read is moved aside, never deleted.
 * The JDBC URL is built here from a validated folder path only; no part of it ever comes from user input.
 */
public final class Database implements AutoCloseable {

    public static final String DATABASE_NAME = "atlas";
    public static final String DATABASE_FILE = DATABASE_NAME + ".mv.db";
    private static final String MIGRATIONS = "classpath:org/cgtatlas/core/db/migration";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** H2's error code for a file it cannot read ("File corrupted while reading record"). */
    private static final int FILE_CORRUPTED = 90030;
    private static final int DATABASE_IS_CLOSED = 90098;
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path dataFolder;
    private final DataFolderLock lock;
    private final int keepBackups;
    private volatile JdbcConnectionPool pool;
    private volatile TrackedConnectionSource connections;
    private volatile String schemaVersion = "0";

    private Database(Path dataFolder, DataFolderLock lock, int keepBackups) {
        this.dataFolder = dataFolder;
        this.lock = lock;
        this.keepBackups = keepBackups;
    }

    public static Database open(Path dataFolder) {
        return open(dataFolder, DatabaseBackups.DEFAULT_KEEP);
    }

    /** Opens the folder's database, keeping at most {@code keepBackups} automatic backups. */
    public static Database open(Path dataFolder, int keepBackups) {
        Path folder = prepareFolder(dataFolder);
        DataFolderLock lock = DataFolderLock.acquire(folder);
        Database database = new Database(folder, lock, keepBackups);
        try {
            database.connect();
            LOG.info("Opened database {} at schema version {}", database.databaseFile(), database.schemaVersion);
            return database;
        } catch (RuntimeException e) {
            database.disconnect();
            closeLock(lock);
            throw e instanceof DatabaseException ? e
                    : new DatabaseException("Cannot open the database in " + folder + ": " + ErrorWording.rootCause(e), e);
        }
    }

    static String jdbcUrl(Path folder) {
        String path = folder.resolve(DATABASE_NAME).toAbsolutePath().toString();
        // WRITE_DELAY=0: a committed transaction is on disk before commit returns, so it survives a kill.
        return "jdbc:h2:file:" + path + ";WRITE_DELAY=0";
    }

    private static Path prepareFolder(Path dataFolder) {
        Path folder = dataFolder.toAbsolutePath().normalize();
        if (folder.toString().contains(";")) {
            throw new DatabaseException("The data folder path must not contain ';': " + folder);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the data folder " + folder + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(folder)) {
            throw new DatabaseException("The data folder is not writable: " + folder);
        }
        return folder;
    }

    private void connect() {
        boolean existed = Files.exists(databaseFile());
        connections = new TrackedConnectionSource(jdbcUrl(dataFolder), "atlas");
        pool = JdbcConnectionPool.create(connections);
        pool.setMaxConnections(8);
        try {
            if (existed && holdsTheShippedSchema()) {
                schemaVersion = SchemaHistory.latestShipped();
            } else {
                migrate(existed);
            }
        } catch (FlywayValidateException e) {
            throw new DatabaseException("The database in " + dataFolder + " was changed by a different version of CGT Atlas: "
                    + "its structure does not match this version's, so it is left as it is. Start the version that last "
                    + "opened it, or restore a backup from the folder " + dataFolder.resolve(DatabaseBackups.FOLDER)
                    + " (cgt-atlas restore FILE).", e);
        } catch (RuntimeException e) {
            if (existed && isUnreadableFile(e)) {
                disconnect();
                if (DiskSpace.isFull(dataFolder, e)) {
                    throw new DatabaseException("Cannot open the database in " + dataFolder + ": the disk is full ("
                            + DiskSpace.usableText(dataFolder) + " free). Free some space and start CGT Atlas again; "
                            + "the database file is left as it is.", e);
                }
                throw moveAsideDamaged(e);
            }
            throw e;
        }
    }

    private boolean holdsTheShippedSchema() {
        try (Connection connection = pool.getConnection()) {
            return SchemaHistory.holdsExactlyTheShippedMigrations(connection);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read the schema history of the database in " + dataFolder + ": "
                    + e.getMessage(), e);
        }
    }

    private void migrate(boolean existed) {
        Flyway flyway = Flyway.configure().dataSource(pool).locations(MIGRATIONS).loggers("slf4j").load();
        if (existed && flyway.info().pending().length > 0) {
            new DatabaseBackups(this, keepBackups, Clock.systemDefaultZone()).backup("before-migration");
        }
        flyway.migrate();
        MigrationVersion current = flyway.info().current() == null ? null : flyway.info().current().getVersion();
        schemaVersion = current == null ? "0" : current.getVersion();
    }

    private static boolean isUnreadableFile(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == FILE_CORRUPTED
                    || cause.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
                return true;
            }
        }
        return false;
    }

    private DamagedDatabaseException moveAsideDamaged(RuntimeException error) {
        Path keptAs = dataFolder.resolve(DATABASE_FILE + ".damaged-" + LocalDateTime.now().format(STAMP));
        try {
            Files.move(databaseFile(), keptAs);
        } catch (IOException moveFailure) {
            error.addSuppressed(moveFailure);
            return new DamagedDatabaseException(databaseFile(), databaseFile(), null, error);
        }
        LOG.error("Database file {} is damaged; kept as {}", databaseFile(), keptAs, error);
        Path newest = DatabaseBackups.list(dataFolder).stream().findFirst().orElse(null);
        return new DamagedDatabaseException(databaseFile(), keptAs, newest, error);
    }

    /** Closes H2 at once (even with connections still handed out), so its files can be moved. */
    private void disconnect() {
        JdbcConnectionPool current = pool;
        if (current == null) {
            return;
        }
        try (Connection connection = current.getConnection(); var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.debug("Shutdown of an unreadable database: {}", e.getMessage());
        }
        current.dispose();
        connections.closeAll();
        pool = null;
    }

    /**
     * Replaces the database with a backup made by {@link DatabaseBackups}, then migrates it to this version's schema.
     * The current file is kept beside it; if the backup cannot be opened, the current file is put back.
     */
    public synchronized void restoreFrom(Path backup) {
        Path extracted = extract(backup);
        Path keptAs = dataFolder.resolve(DATABASE_FILE + ".before-restore-" + LocalDateTime.now().format(STAMP));
        disconnect();
        try {
            Files.move(databaseFile(), keptAs);
            Files.move(extracted, databaseFile());
            connect();
            LOG.info("Restored the database from {}; the previous file is kept as {}", backup, keptAs);
        } catch (IOException | RuntimeException e) {
            disconnect();
            putBack(keptAs);
            connect();
            throw new DatabaseException("Cannot restore from " + backup + ": " + ErrorWording.rootCause(e)
                    + ". The database is unchanged.", e);
        } finally {
            deleteQuietly(extracted);
        }
    }

    /** Puts an extracted backup in place of a missing or damaged database, before it is opened. */
    public static void installBackup(Path dataFolder, Path backup) {
        Path folder = dataFolder.toAbsolutePath().normalize();
        Path extracted = extract(folder, backup);
        try {
            Files.move(extracted, folder.resolve(DATABASE_FILE), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(extracted);
            throw new DatabaseException("Cannot put the backup " + backup + " in place: " + e.getMessage(), e);
        }
    }

    private Path extract(Path backup) {
        return extract(dataFolder, backup);
    }

    private static Path extract(Path folder, Path backup) {
        try (InputStream in = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory() && entry.getName().endsWith(".mv.db")) {
                    Path extracted = Files.createTempFile(folder, ".restore-", ".mv.db");
                    Files.copy(zip, extracted, StandardCopyOption.REPLACE_EXISTING);
                    return extracted;
                }
            }
        } catch (IOException e) {
            throw new DatabaseException("Cannot read the backup " + backup + ": " + e.getMessage(), e);
        }
        throw new DatabaseException(backup + " is not a CGT Atlas backup: it holds no database file");
    }

    private void putBack(Path keptAs) {
        try {
            if (Files.exists(keptAs)) {
                Files.move(keptAs, databaseFile(), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.error("Could not put the database back from {}", keptAs, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }

    private static void closeLock(DataFolderLock lock) {
        try {
            lock.close();
        } catch (IOException e) {
            LOG.warn("Could not release the data folder lock", e);
        }
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Runs the work in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /**
     * Runs read-only work in one repeatable-read transaction, so every query sees the same committed state
     * even while another connection writes.
     */
    public <T> T readConsistently(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /** Runs read-only work on a pooled connection. */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /** H2 closes a database it could not write to; every later call then fails, so say what happened and what to do. */
    private DatabaseException databaseError(SQLException e) {
        if (e.getErrorCode() != DATABASE_IS_CLOSED) {
            return new DatabaseException(StorageRefusal.describe(e), e);
        }
        return new DatabaseException("The database in " + dataFolder + " was closed after a write to it failed"
                + (DiskSpace.isFull(dataFolder, e) ? " (the disk is full)" : "") + ". What was saved before is safe: close "
                + "CGT Atlas, free some space if the disk is full, and start it again.", e);
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public Path databaseFile() {
        return dataFolder.resolve(DATABASE_FILE);
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    public int keepBackups() {
        return keepBackups;
    }

    @Override
    public void close() {
        JdbcConnectionPool current = pool;
        if (current != null) {
            current.dispose();
            pool = null;
        }
        closeLock(lock);
        LOG.info("Closed database in {}", dataFolder);
    }
}
