package org.cgtatlas.core.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database in one data folder. Opening takes the folder's lock, then runs Flyway migrations.
 * The JDBC URL is built here from a validated folder path only; no part of it ever comes from user input.
 */
public final class Database implements AutoCloseable {

    public static final String DATABASE_NAME = "atlas";
    public static final String DATABASE_FILE = DATABASE_NAME + ".mv.db";
    private static final String MIGRATIONS = "classpath:org/cgtatlas/core/db/migration";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path dataFolder;
    private final DataFolderLock lock;
    private final JdbcConnectionPool pool;
    private final String schemaVersion;

    private Database(Path dataFolder, DataFolderLock lock, JdbcConnectionPool pool, String schemaVersion) {
        this.dataFolder = dataFolder;
        this.lock = lock;
        this.pool = pool;
        this.schemaVersion = schemaVersion;
    }

    public static Database open(Path dataFolder) {
        Path folder = prepareFolder(dataFolder);
        DataFolderLock lock = DataFolderLock.acquire(folder);
        JdbcConnectionPool pool = null;
        try {
            pool = JdbcConnectionPool.create(jdbcUrl(folder), "atlas", "");
            pool.setMaxConnections(8);
            String version = migrate(pool);
            LOG.info("Opened database {} at schema version {}", folder.resolve(DATABASE_FILE), version);
            return new Database(folder, lock, pool, version);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            closeLock(lock);
            throw e instanceof DatabaseException ? e
                    : new DatabaseException("Cannot open the database in " + folder + ": " + rootMessage(e), e);
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

    private static String migrate(JdbcConnectionPool pool) {
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations(MIGRATIONS)
                .loggers("slf4j")
                .load();
        flyway.migrate();
        MigrationVersion current = flyway.info().current() == null ? null : flyway.info().current().getVersion();
        return current == null ? "0" : current.getVersion();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
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
            throw new DatabaseException("Database error: " + e.getMessage(), e);
        }
    }

    /** Runs read-only work on a pooled connection. */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DatabaseException("Database error: " + e.getMessage(), e);
        }
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

    @Override
    public void close() {
        pool.dispose();
        closeLock(lock);
        LOG.info("Closed database in {}", dataFolder);
    }
}
