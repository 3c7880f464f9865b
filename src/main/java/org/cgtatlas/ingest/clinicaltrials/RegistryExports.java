package org.cgtatlas.ingest.clinicaltrials;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cgtatlas.ingest.ImportFormatDetector;

/** Reads the trials of a registry export without storing them, as the importer reads them (for benchmarks). */
public final class RegistryExports {

    private RegistryExports() {
    }

    public static List<ExportedTrial> readTrials(Path file) throws IOException {
        List<ExportedTrial> trials = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            TrialImporter.readerFor(new ImportFormatDetector().detect(file), String.valueOf(file.getFileName()), in,
                    CountryMatcher.standard()).read(study -> trials.add(new ExportedTrial(study.trial(), study.details())));
        }
        return trials;
    }
}
