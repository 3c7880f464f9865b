package org.cgtatlas.app;

import java.nio.file.Path;
import org.cgtatlas.core.AppInfo;
import org.cgtatlas.core.AppVersion;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.core.settings.SettingsStore;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.ingest.clinicaltrials.TrialImporter;

/**
 * Everything below the screens, created before the window on the launcher thread: the database
 * (locked, migrated), the settings, and the repositories and services built on them.
 */
public final class AppServices implements AutoCloseable {

    public static final String SETTINGS_FILE = "settings.properties";

    private final Database database;
    private final SettingsStore settings;
    private final DataRevision dataRevision = new DataRevision();
    private final TrialRepository trialRepository;
    private final TrialImporter trialImporter;

    private AppServices(Database database, SettingsStore settings) {
        this.database = database;
        this.settings = settings;
        this.trialRepository = new TrialRepository(database);
        this.trialImporter = TrialImporter.standard(database);
    }

    public static AppServices open(Path dataFolder) {
        Database database = Database.open(dataFolder);
        return new AppServices(database, SettingsStore.load(database.dataFolder().resolve(SETTINGS_FILE)));
    }

    public Database database() {
        return database;
    }

    public SettingsStore settings() {
        return settings;
    }

    public DataRevision dataRevision() {
        return dataRevision;
    }

    public TrialRepository trialRepository() {
        return trialRepository;
    }

    public TrialImporter trialImporter() {
        return trialImporter;
    }

    public AppInfo info() {
        return new AppInfo(AppVersion.current(), database.dataFolder(), database.databaseFile(), database.schemaVersion());
    }

    @Override
    public void close() {
        database.close();
    }
}
