package org.cgtatlas.ingest.clinicaltrials;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.cgtatlas.core.db.DatabaseException;
import org.cgtatlas.data.TrialImportWriter;
import org.cgtatlas.domain.SkippedStudy;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.domain.TrialImportSummary;
import org.cgtatlas.ingest.ImportFormat;

/**
 * One import in progress: checks each classified study (a valid NCT number, not seen before in this file), writes
 * it, and tallies what the summary reports.
 */
final class ImportRun implements Consumer<ClassifiedStudy> {

    static final int EXAMPLES = 20;
    static final String NO_NCT = "no NCT number";
    static final String INVALID_NCT = "the NCT number is not NCT followed by 8 digits";
    static final String DUPLICATE = "the same NCT number appears earlier in this file";
    private static final Pattern NCT_NUMBER = Pattern.compile("NCT\\d{8}");

    private final TrialImportWriter writer;
    private final Runnable recordRead;
    private final Set<String> seenInFile = new HashSet<>();
    private final Map<String, Long> skippedByReason = new TreeMap<>();
    private final List<SkippedStudy> skippedExamples = new ArrayList<>();
    private final Map<String, Long> countryCounts = new TreeMap<>();
    private final List<String> unknownLocationExamples = new ArrayList<>();
    private long read;
    private long added;
    private long updated;
    private long skipped;
    private long unknownLocations;

    /** {@code recordRead} runs for every study read (it reports progress and may throw when the user cancelled). */
    ImportRun(TrialImportWriter writer, Runnable recordRead) {
        this.writer = writer;
        this.recordRead = recordRead;
    }

    @Override
    public void accept(ClassifiedStudy classified) {
        StudyRecord study = classified.study();
        read++;
        recordRead.run();
        Trial trial = study.trial();
        String problem = problem(trial.nctId());
        if (problem != null) {
            skip(study.location(), trial.nctId().isEmpty() ? problem : trial.nctId() + ": " + problem, problem);
            return;
        }
        try {
            if (writer.write(trial, classified.classification(), study.span())) {
                added++;
            } else {
                updated++;
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot store " + trial.nctId() + " (" + study.location() + "): " + e.getMessage(), e);
        }
        for (String country : trial.countryCodes()) {
            countryCounts.merge(country, 1L, Long::sum);
        }
        unknownLocations += study.unrecognisedLocations().size();
        for (String location : study.unrecognisedLocations()) {
            if (unknownLocationExamples.size() < EXAMPLES) {
                unknownLocationExamples.add(trial.nctId() + ": " + location);
            }
        }
    }

    private String problem(String nctId) {
        if (nctId.isEmpty()) {
            return NO_NCT;
        }
        if (!NCT_NUMBER.matcher(nctId).matches()) {
            return INVALID_NCT;
        }
        return seenInFile.add(nctId) ? null : DUPLICATE;
    }

    private void skip(String location, String detail, String reason) {
        skipped++;
        skippedByReason.merge(reason, 1L, Long::sum);
        if (skippedExamples.size() < EXAMPLES) {
            skippedExamples.add(new SkippedStudy(location, detail));
        }
    }

    long read() {
        return read;
    }

    /** Records the import's counts and kept copy; the summary of what it did. */
    TrialImportSummary finish(String fileName, ImportFormat format, Instant importedAt,
                              String archiveFile) throws SQLException {
        writer.finish(read, added, updated, skipped, archiveFile);
        return summary(writer.importId(), fileName, format, importedAt);
    }

    /** The summary of what the import did, recorded as {@code importId} (0: not recorded). */
    TrialImportSummary summary(long importId, String fileName, ImportFormat format, Instant importedAt) {
        return new TrialImportSummary(importId, fileName, format.name(), importedAt, read, added, updated, skipped,
                skippedByReason, skippedExamples, countryCounts, unknownLocations, unknownLocationExamples);
    }
}
