package org.cgtatlas.ingest.clinicaltrials;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.ImportArchive;
import org.cgtatlas.data.ProductEntryRepository;
import org.cgtatlas.data.ProgrammeRepository;
import org.cgtatlas.data.RegistryRunLog;
import org.cgtatlas.data.TrialImportWriter;
import org.cgtatlas.domain.TrialImportSummary;
import org.cgtatlas.ingest.CopyingInputStream;
import org.cgtatlas.ingest.CountingInputStream;
import org.cgtatlas.ingest.ImportFileException;
import org.cgtatlas.ingest.ImportFormat;
import org.cgtatlas.ingest.ImportFormatDetector;
import org.cgtatlas.ingest.ImportProgress;
import org.cgtatlas.ingest.KeptCopies;
import org.cgtatlas.ingest.StrictUtf8Reader;

/**
 * Imports a ClinicalTrials.gov export (modern or legacy CSV, API v2 JSON) as one transaction: every study is
 * classified, its site countries counted, and stored under its NCT number, or nothing is stored at all
 * (a malformed file, a database error, or the user cancelling roll the whole import back). The file is parsed and
 * classified on a reading thread while this thread writes the rows; a copy of it is kept in the data folder's
 * {@code imports/} folder, written as it is read, from which each trial's raw record is shown later.
 */
public final class TrialImporter {

    private static final int READ_BUFFER = 256 * 1024;

    private final Database database;
    private final ImportArchive archive;
    /** Built for each import, so products added since the last one count. */
    private final Supplier<CgtClassifier> classifier;
    private final CountryMatcher countries;
    private final Clock clock;

    public TrialImporter(Database database, CgtClassifier classifier, CountryMatcher countries, Clock clock) {
        this(database, () -> classifier, countries, clock);
    }

    private TrialImporter(Database database, Supplier<CgtClassifier> classifier, CountryMatcher countries, Clock clock) {
        this.database = database;
        this.archive = new ImportArchive(database.dataFolder());
        this.classifier = classifier;
        this.countries = countries;
        this.clock = clock;
    }

    /**
     * Classifies with the rules and the product dictionary: the bundled table, the programmes of the dataset in the
     * database that name a product, and the products analysts added.
     */
    public static TrialImporter standard(Database database) {
        return new TrialImporter(database, classifierFor(database), CountryMatcher.standard(), Clock.systemUTC());
    }

    /**
     * The classifier every registry import of {@code database} uses, built anew for each import so products added since
     * the last one count: the rules, the bundled product table, the programmes of the dataset in the database that
     * name a product, and the products analysts added.
     */
    public static Supplier<CgtClassifier> classifierFor(Database database) {
        return () -> CgtClassifier.withProducts(ProductDictionary.bundled()
                .withProgrammes(new ProgrammeRepository(database).findAll())
                .withEntries(new ProductEntryRepository(database).findAll()));
    }

    /** Detects the format from the content, then imports. */
    public TrialImportSummary importFile(Path file, Progress progress) {
        return importFile(file, new ImportFormatDetector().detect(file), progress);
    }

    public TrialImportSummary importFile(Path file, ImportFormat format, Progress progress) {
        String fileName = String.valueOf(file.getFileName());
        long size = sizeOf(file, fileName);
        RegistryRunLog.Run logged = new RegistryRunLog.Run(RegistryRunLog.Cause.REGISTRY_IMPORT, fileName);
        return importStudies(fileName, logged, format, progress, copy -> {
            CountingInputStream in = new CountingInputStream(new CopyingInputStream(Files.newInputStream(file), copy));
            ImportProgress counter = new ImportProgress(progress, fileName, size, in::count);
            return new Feed(readerFor(format, fileName, in, countries), counter::recordRead, in,
                    Files.getLastModifiedTime(file).toInstant());
        }, true, (connection, summary) -> { });
    }

    /** The studies of one import as they come in: read from the source, each read written to the import's copy. */
    record Feed(StudyReader reader, Runnable recordRead, Closeable source, Instant fileDate) {
    }

    /** Opens the studies of an import; what it reads it writes to {@code copy}, the import's kept copy. */
    @FunctionalInterface
    interface FeedSource {
        Feed open(OutputStream copy) throws IOException;
    }

    /** More work in the import's transaction once its studies are stored (recording a refresh, say). */
    @FunctionalInterface
    interface AlsoStore {
        void store(Connection connection, TrialImportSummary summary) throws SQLException;
    }

    /**
     * Stores every study of {@code source} as the import named in {@code logged} (its cause and source logged with the
     * trials it changed), in one transaction with the import's record and copy, then runs
     * {@code alsoStore} in the same transaction. With {@code recordEmpty} false, an import that read no study leaves
     * no import record or copy behind ({@link TrialImportSummary#importId()} is then 0).
     */
    TrialImportSummary importStudies(String name, RegistryRunLog.Run logged, ImportFormat format, Progress progress,
                                     FeedSource source, boolean recordEmpty, AlsoStore alsoStore) {
        Instant importedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AtomicReference<ImportArchive.Copy> keptCopy = new AtomicReference<>();
        CgtClassifier classifying = classifier.get();
        TrialImportSummary summary;
        try {
            summary = database.inTransaction(connection -> {
                try (TrialImportWriter writer = TrialImportWriter.start(connection, name, format.name(), importedAt, logged);
                     ImportArchive.Copy copy = archive.begin(writer.importId(), name)) {
                    Feed feed = source.open(copy.output());
                    if (feed.fileDate() != null) {
                        writer.recordFileDate(feed.fileDate());
                    }
                    ImportRun run = new ImportRun(writer, feed.recordRead());
                    try (Closeable input = feed.source()) {
                        new BackgroundStudyReader<>(study -> new ClassifiedStudy(study, classifying.classify(study.trial(), study.details())))
                                .read(feed.reader(), run);
                    }
                    TrialImportSummary finished;
                    if (run.read() == 0 && !recordEmpty) {
                        writer.drop();
                        finished = run.summary(0, name, format, importedAt);
                    } else {
                        String archiveFile = copy.keep();
                        keptCopy.set(copy);
                        finished = run.finish(name, format, importedAt, archiveFile);
                    }
                    alsoStore.store(connection, finished);
                    // The last moment a cancel rolls the import back; once committing, the import completes.
                    progress.checkCancelled();
                    progress.message(Messages.get("trials.import.committing", name));
                    return finished;
                } catch (CopyingInputStream.CopyFailedException e) {
                    throw new ImportFileException(name, "", e.getMessage(), e);
                } catch (IOException e) {
                    throw new ImportFileException(name, "", "cannot be read or copied to " + archive.folder()
                            + " (" + e.getMessage() + ")", e);
                }
            });
        } catch (RuntimeException e) {
            KeptCopies.discard(keptCopy.get(), e);
            throw e;
        }
        if (summary.importId() != 0) {
            KeptCopies.removeSuperseded(database);
        }
        return summary;
    }

    /** The reader of an export in the given format, buffered here. */
    static StudyReader readerFor(ImportFormat format, String fileName, InputStream in, CountryMatcher countries) {
        InputStream buffered = new BufferedInputStream(in, READ_BUFFER);
        return switch (format) {
            case CTGOV_CSV_MODERN, CTGOV_CSV_LEGACY -> new CtgovCsvReader(fileName, strictUtf8(buffered), countries);
            case CTGOV_JSON -> new CtgovJsonReader(fileName, buffered, countries);
            case CGT_ATLAS_DATASET, ICTRP_XML, ICTRP_CSV -> throw new ImportFileException(fileName, "", "this is a "
                    + format.label() + ", not a ClinicalTrials.gov export; import it with File ▸ Import… or 'cgt-atlas import'");
        };
    }

    static Reader strictUtf8(InputStream in) {
        return new StrictUtf8Reader(in);
    }

    private static long sizeOf(Path file, String fileName) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ImportFileException(fileName, "", "cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
