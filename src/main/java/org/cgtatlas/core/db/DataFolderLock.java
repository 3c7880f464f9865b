package org.cgtatlas.core.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS-level lock on a file in the data folder, taken before H2 is touched, so a second instance
 * learns that the folder is busy without ever opening (or risking) the database file.
 */
final class DataFolderLock implements AutoCloseable {

    static final String LOCK_FILE = "cgt-atlas.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock acquire(Path dataFolder) {
        FileChannel channel;
        try {
            channel = FileChannel.open(dataFolder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the lock file in the data folder " + dataFolder + ": " + e.getMessage(), e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DataFolderInUseException(dataFolder);
            }
            return new DataFolderLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new DataFolderInUseException(dataFolder);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DatabaseException("Cannot lock the data folder " + dataFolder + ": " + e.getMessage(), e);
        } catch (DataFolderInUseException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the lock attempt already failed; the original error is what the user needs
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
