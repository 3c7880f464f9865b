package org.cgtatlas.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.cgtatlas.core.AppInfo;
import org.cgtatlas.core.AppVersion;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.core.db.DatabaseBackups;
import org.cgtatlas.core.settings.SettingsStore;
import org.cgtatlas.data.ChangeLogRepository;
import org.cgtatlas.data.ChangeRecorder;
import org.cgtatlas.data.BriefingRepository;
import org.cgtatlas.data.RegistryRunRepository;
import org.cgtatlas.data.CountryRepository;
import org.cgtatlas.data.DatasetRepository;
import org.cgtatlas.data.EventRepository;
import org.cgtatlas.data.MetricRepository;
import org.cgtatlas.data.MilestoneRepository;
import org.cgtatlas.data.OrganizationRepository;
import org.cgtatlas.data.PersonRepository;
import org.cgtatlas.data.PipelineListingRepository;
import org.cgtatlas.data.RegistryRefreshRepository;
import org.cgtatlas.data.ProgrammeRepository;
import org.cgtatlas.data.SourceRepository;
import org.cgtatlas.data.ProductEntries;
import org.cgtatlas.data.ProductEntryRepository;
import org.cgtatlas.data.RecordHistory;
import org.cgtatlas.data.RecordReverter;
import org.cgtatlas.data.TrialOverrideRepository;
import org.cgtatlas.data.TrialOverrides;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.export.briefing.BriefingExport;
import org.cgtatlas.export.briefing.BriefingList;
import org.cgtatlas.export.dataset.DatasetJsonExporter;
import org.cgtatlas.ingest.FileImporter;
import org.cgtatlas.domain.RegistryRefresh;
import org.cgtatlas.ingest.clinicaltrials.CgtClassifier;
import org.cgtatlas.ingest.clinicaltrials.TrialImporter;
import org.cgtatlas.ingest.ictrp.IctrpImporter;
import org.cgtatlas.ingest.clinicaltrials.TrialRefresher;
import org.cgtatlas.ingest.clinicaltrials.api.CtgovApiClient;
import org.cgtatlas.ingest.clinicaltrials.api.EssieTerms;
import org.cgtatlas.ingest.clinicaltrials.api.RefreshPreferences;
import org.cgtatlas.ingest.dataset.DatasetImporter;
import org.cgtatlas.landscape.LandscapeCache;
import org.cgtatlas.landscape.LandscapeReader;
import org.cgtatlas.landscape.history.ChangesSinceReader;

/**
 * Everything below the screens, shared by the window and the command line: the database (locked, migrated,
 * with the bundled dataset loaded or upgraded), the settings, and the repositories and services built on them.
 * Created off the FX thread.
 */
public final class AppServices implements AutoCloseable {

    public static final String SETTINGS_FILE = "settings.properties";
    /** How many automatic backups to keep in the data folder's backups/ (default 10). */
    public static final String KEY_KEEP_BACKUPS = "backup.keep";

    private final Database database;
    private final SettingsStore settings;
    private final DataRevision dataRevision = new DataRevision();
    private final DatasetRepository datasets;
    private final CountryRepository countries;
    private final SourceRepository sources;
    private final OrganizationRepository organizations;
    private final MetricRepository metrics;
    private final MilestoneRepository milestones;
    private final PipelineListingRepository pipelineListings;
    private final ProgrammeRepository programmes;
    private final EventRepository events;
    private final PersonRepository people;
    private final TrialRepository trialRepository;
    private final TrialOverrides trialOverrides;
    private final ProductEntries productEntries;
    private final TrialImporter trialImporter;
    private final IctrpImporter ictrpImporter;
    private final LandscapeCache landscape;
    private final ChangeRecorder changeRecorder = ChangeRecorder.standard();

    private AppServices(Database database, SettingsStore settings) {
        this.database = database;
        this.settings = settings;
        this.datasets = new DatasetRepository(database, changeRecorder);
        this.countries = new CountryRepository(database);
        this.sources = new SourceRepository(database);
        this.organizations = new OrganizationRepository(database, changeRecorder);
        this.metrics = new MetricRepository(database, changeRecorder);
        this.milestones = new MilestoneRepository(database);
        this.pipelineListings = new PipelineListingRepository(database);
        this.programmes = new ProgrammeRepository(database, changeRecorder);
        this.events = new EventRepository(database, changeRecorder);
        this.people = new PersonRepository(database);
        this.trialRepository = new TrialRepository(database);
        this.trialOverrides = new TrialOverrides(trialRepository, new TrialOverrideRepository(database, changeRecorder), Clock.systemUTC());
        this.productEntries = new ProductEntries(new ProductEntryRepository(database, changeRecorder));
        this.trialImporter = TrialImporter.standard(database);
        this.ictrpImporter = IctrpImporter.standard(database);
        this.landscape = new LandscapeCache(new LandscapeReader(database, datasets, trialRepository)::read,
                dataRevision::current);
    }

    /**
     * Opens the data folder, brings the bundled dataset in if it is newer than the stored one,
     * and takes the daily backup if it is due.
     */
    public static AppServices open(Path dataFolder) {
        SettingsStore settings = SettingsStore.load(dataFolder.toAbsolutePath().normalize().resolve(SETTINGS_FILE));
        Database database = Database.open(dataFolder, (int) settings.getDouble(KEY_KEEP_BACKUPS, DatabaseBackups.DEFAULT_KEEP));
        try {
            AppServices services = new AppServices(database, settings);
            services.datasetImporter().loadBundleIfNewer();
            services.backups().backupIfDue();
            return services;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
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

    public DatasetImporter datasetImporter() {
        return new DatasetImporter(datasets);
    }

    /** Imports any file CGT Atlas understands, with a backup first. */
    public FileImporter fileImporter() {
        return new FileImporter(trialImporter, ictrpImporter, datasetImporter(), backups(),
                this::region);
    }

    public DatabaseBackups backups() {
        return new DatabaseBackups(database, database.keepBackups(), Clock.systemDefaultZone());
    }

    public DatasetJsonExporter datasetExporter() {
        return new DatasetJsonExporter(datasets);
    }

    public DatasetRepository datasets() {
        return datasets;
    }

    public CountryRepository countries() {
        return countries;
    }

    public SourceRepository sources() {
        return sources;
    }

    public OrganizationRepository organizations() {
        return organizations;
    }

    public MetricRepository metrics() {
        return metrics;
    }

    public MilestoneRepository milestones() {
        return milestones;
    }

    public PipelineListingRepository pipelineListings() {
        return pipelineListings;
    }

    public ProgrammeRepository programmes() {
        return programmes;
    }

    public EventRepository events() {
        return events;
    }

    public PersonRepository people() {
        return people;
    }

    /** The curated data as of the current data revision, read once per revision for every screen and export. */
    public LandscapeCache landscape() {
        return landscape;
    }

    /** The change log's reader: a record's history, the changes in a range, the data revision. */
    public ChangeLogRepository changeLog() {
        return new ChangeLogRepository(database);
    }

    /** "Revert to this version" of one record, logged like any edit. */
    public RecordReverter reverter() {
        return new RecordReverter(database, changeRecorder);
    }

    /** A record's history and its revert, for the screens' "History". */
    public RecordHistory recordHistory() {
        return new RecordHistory(changeLog(), reverter());
    }

    public TrialRepository trialRepository() {
        return trialRepository;
    }

    /** Analysts' verdicts on trials' modalities, checked the same way from the window and the command line. */
    public TrialOverrides trialOverrides() {
        return trialOverrides;
    }

    /** Products analysts add to the classifier's dictionary. */
    public ProductEntries productEntries() {
        return productEntries;
    }

    public TrialImporter trialImporter() {
        return trialImporter;
    }

    /** Refreshes trials from the ClinicalTrials.gov API (paced, cancellable waits). */
    public TrialRefresher trialRefresher() {
        return new TrialRefresher(trialImporter, new RegistryRefreshRepository(database), backups(),
                CtgovApiClient::sleepingUnless, Clock.systemUTC());
    }

    /** The refresh's address and saved query, kept in the settings. */
    public RefreshPreferences refreshPreferences() {
        return new RefreshPreferences(settings, () -> EssieTerms.ofRules(CgtClassifier.standard().rules()));
    }

    /** The last completed refresh from ClinicalTrials.gov, if any. */
    public Optional<RegistryRefresh> lastRefresh() {
        return new RegistryRefreshRepository(database).last(RegistryRefresh.CTGOV);
    }

    /** The region's country codes as the country table lists them, for summaries. */
    public List<String> region() {
        return landscape.current().region().codes();
    }

    /** Writes PDF exports and pins each as a briefing. */
    public BriefingExport briefingExport() {
        return new BriefingExport(new BriefingRepository(database));
    }

    /** The pinned briefings with their files' state. */
    public BriefingList briefings() {
        return new BriefingList(new BriefingRepository(database));
    }

    /** What changed since a briefing or a day, for the Changes since view, the PDF section and the command line. */
    public ChangesSinceReader changesSince() {
        return new ChangesSinceReader(changeLog(), new RegistryRunRepository(database), new BriefingRepository(database));
    }

    public AppInfo info() {
        return new AppInfo(AppVersion.current(), database.dataFolder(), database.databaseFile(), database.schemaVersion());
    }

    @Override
    public void close() {
        database.close();
    }
}
