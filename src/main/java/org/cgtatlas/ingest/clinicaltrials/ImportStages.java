package org.cgtatlas.ingest.clinicaltrials;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.RegistryRunLog;
import org.cgtatlas.data.TrialImportWriter;
import org.cgtatlas.ingest.ImportFormat;

/**
 * The two halves of a CSV import timed apart, for {@code cgt-atlas bench import}: reading and classifying the file
 * without storing anything, and storing studies already read in one transaction. Next to the import's own time they
 * show where it goes, and how much running the halves at once on two threads gains on the machine.
 */
public final class ImportStages {

    private final CgtClassifier classifier = CgtClassifier.standard();
    private final CountryMatcher countries = CountryMatcher.standard();

    /** Seconds to read and classify every study of a registry CSV export, storing nothing. */
    public double readAndClassify(Path file) throws IOException {
        long[] cgt = {0};
        long start = System.nanoTime();
        read(file, study -> cgt[0] += classifier.classify(study.trial(), study.details()).isCgt() ? 1 : 0);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (cgt[0] == 0) {
            throw new IllegalStateException("No CGT study was found in " + file);
        }
        return seconds;
    }

    /**
     * Seconds to store every study of a registry CSV export in one transaction, commit included; the studies are read
     * and classified into memory first, untimed.
     */
    public double store(Path file, Database database) throws IOException {
        List<ClassifiedStudy> studies = new ArrayList<>();
        read(file, study -> studies.add(new ClassifiedStudy(study, classifier.classify(study.trial(), study.details()))));
        long start = System.nanoTime();
        database.inTransaction(connection -> {
            try (TrialImportWriter writer = TrialImportWriter.start(connection, file.getFileName().toString(),
                    "CTGOV_CSV_MODERN", Instant.now(),
                    new RegistryRunLog.Run(RegistryRunLog.Cause.REGISTRY_IMPORT, file.getFileName().toString()))) {
                for (ClassifiedStudy study : studies) {
                    writer.write(study.study().trial(), study.classification(), study.study().span());
                }
                writer.finish(studies.size(), studies.size(), 0, 0, null);
            }
            return null;
        });
        return (System.nanoTime() - start) / 1e9;
    }

    private void read(Path file, Consumer<StudyRecord> sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            TrialImporter.readerFor(ImportFormat.CTGOV_CSV_MODERN, file.getFileName().toString(), in, countries)
                    .read(sink::accept);
        }
    }
}
