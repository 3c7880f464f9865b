package org.cgtatlas.feature.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.core.db.AutomaticBackup;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.core.db.DatabaseBackups;
import org.cgtatlas.core.i18n.Messages;

/** File ▸ Backup… and File ▸ Restore…: both run on the background thread; a restore makes every screen reload. */
public final class BackupController {

    private final TaskExecutor tasks;
    private final Database database;
    private final DatabaseBackups backups;
    private final DataRevision dataRevision;

    public BackupController(TaskExecutor tasks, Database database, DatabaseBackups backups, DataRevision dataRevision) {
        this.tasks = tasks;
        this.database = database;
        this.backups = backups;
        this.dataRevision = dataRevision;
    }

    public void backupTo(Path file, Consumer<Path> done) {
        tasks.task(Messages.get("backup.running"), progress -> {
            backups.backupTo(file);
            return file;
        }).onSuccess(done).start();
    }

    public void restoreFrom(Path file, Consumer<Path> done) {
        tasks.task(Messages.get("restore.running"), progress -> {
            database.restoreFrom(file);
            return file;
        }).onSuccess(restored -> {
            dataRevision.replaced();
            done.accept(restored);
        }).start();
    }

    /** The automatic backups with their tiers, newest first, for File ▸ Restore…. */
    public void listBackups(Consumer<List<AutomaticBackup>> shown) {
        tasks.task(Messages.get("restore.listing"), progress -> backups.list()).onSuccess(shown).start();
    }

    /** Where automatic backups are kept, for the file chooser's first folder. */
    public Path backupFolder() {
        return database.dataFolder().resolve(DatabaseBackups.FOLDER);
    }
}
