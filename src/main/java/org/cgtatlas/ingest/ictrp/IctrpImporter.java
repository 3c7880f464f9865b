package org.cgtatlas.ingest.ictrp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.data.IctrpImportWriter;
import org.cgtatlas.data.ImportArchive;
import org.cgtatlas.domain.IctrpImportSummary;
import org.cgtatlas.ingest.CopyingInputStream;
import org.cgtatlas.ingest.CountingInputStream;
import org.cgtatlas.ingest.ImportFileException;
import org.cgtatlas.ingest.ImportFormat;
import org.cgtatlas.ingest.ImportProgress;
import org.cgtatlas.ingest.KeptCopies;
import org.cgtatlas.ingest.StrictUtf8Reader;
import org.cgtatlas.ingest.clinicaltrials.CgtClassifier;
import org.cgtatlas.ingest.clinicaltrials.CountryMatcher;
import org.cgtatlas.ingest.clinicaltrials.TrialImporter;

/**
 * Imports a WHO ICTRP export (the search portal's XML or CSV) as one transaction: every record is classified with the
 * same rules as ClinicalTrials.gov trials, its countries matched, and stored under its TrialID, or nothing is stored
 * at all (a malformed file, a database error, or the user cancelling roll the whole import back). The file is read as
 * a stream, one record at a time; a copy of it is kept in the data folder's {@code imports/} folder, written as it is
 * read, from which each trial's raw record is shown later.
 */
public final class IctrpImporter {

    private static final int READ_BUFFER = 256 * 1024;

    private final Database database;
    private final ImportArchive archive;
    private final Supplier<CgtClassifier> classifier;
    private final CountryMatcher countries;
    private final Clock clock;

    /** {@code classifier} is asked for the classifier at the start of each import. */
    public IctrpImporter(Database database, Supplier<CgtClassifier> classifier, CountryMatcher countries, Clock clock) {
        this.database = database;
        this.archive = new ImportArchive(database.dataFolder());
        this.classifier = classifier;
        this.countries = countries;
        this.clock = clock;
    }

    /** Classifies as ClinicalTrials.gov imports do ({@link TrialImporter#classifierFor}). */
    public static IctrpImporter standard(Database database) {
        return new IctrpImporter(database, TrialImporter.classifierFor(database), CountryMatcher.standard(), Clock.systemUTC());
    }

    public IctrpImportSummary importFile(Path file, ImportFormat format, Progress progress) {
        String fileName = String.valueOf(file.getFileName());
        long size = sizeOf(file, fileName);
        Instant importedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        CgtClassifier classifying = classifier.get();
        AtomicReference<ImportArchive.Copy> keptCopy = new AtomicReference<>();
        IctrpImportSummary summary;
        try {
            summary = database.inTransaction(connection -> {
                try (IctrpImportWriter writer = IctrpImportWriter.start(connection, fileName, format.name(), importedAt);
                     ImportArchive.Copy copy = archive.begin(writer.importId(), fileName);
                     CountingInputStream in = new CountingInputStream(
                             new CopyingInputStream(Files.newInputStream(file), copy.output()))) {
                    IctrpImportRun run = new IctrpImportRun(writer, new ImportProgress(progress, fileName, size, in::count),
                            new IctrpTrials(countries), classifying);
                    readerFor(format, fileName, new BufferedInputStream(in, READ_BUFFER)).read(run::accept);
                    String archiveFile = copy.keep();
                    keptCopy.set(copy);
                    IctrpImportSummary finished = run.finish(fileName, format, importedAt, archiveFile);
                    // The last moment a cancel rolls the import back; once committing, the import completes.
                    progress.checkCancelled();
                    progress.message(Messages.get("trials.import.committing", fileName));
                    return finished;
                } catch (CopyingInputStream.CopyFailedException e) {
                    throw new ImportFileException(fileName, "", e.getMessage(), e);
                } catch (IOException e) {
                    throw new ImportFileException(fileName, "", "cannot be read or copied to " + archive.folder()
                            + " (" + e.getMessage() + ")", e);
                }
            });
        } catch (RuntimeException e) {
            KeptCopies.discard(keptCopy.get(), e);
            throw e;
        }
        KeptCopies.removeSuperseded(database);
        return summary;
    }

    private static IctrpRowReader readerFor(ImportFormat format, String fileName, InputStream in) {
        return switch (format) {
            case ICTRP_XML -> new IctrpXmlReader(fileName, in);
            case ICTRP_CSV -> new IctrpCsvReader(fileName, new StrictUtf8Reader(in));
            default -> throw new ImportFileException(fileName, "", "this is a " + format.label()
                    + ", not a WHO ICTRP export; import it with File ▸ Import… or 'cgt-atlas import'");
        };
    }

    private static long sizeOf(Path file, String fileName) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ImportFileException(fileName, "", "cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
