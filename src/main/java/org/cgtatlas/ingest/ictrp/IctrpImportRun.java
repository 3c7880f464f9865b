package org.cgtatlas.ingest.ictrp;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cgtatlas.core.db.DatabaseException;
import org.cgtatlas.data.IctrpImportWriter;
import org.cgtatlas.domain.IctrpImportSummary;
import org.cgtatlas.domain.IctrpTrial;
import org.cgtatlas.domain.SkippedStudy;
import org.cgtatlas.domain.TrialClassification;
import org.cgtatlas.domain.TrialImportSummary;
import org.cgtatlas.domain.TrialLinks;
import org.cgtatlas.ingest.ImportFormat;
import org.cgtatlas.ingest.ImportProgress;
import org.cgtatlas.ingest.clinicaltrials.CgtClassifier;

/**
 * One ICTRP import in progress: checks each record (a TrialID, not seen before in this file), classifies and writes it,
 * and tallies the summary. The file's trials are counted per country at the end, records linked through secondary ids
 * once, for the union of their countries.
 */
final class IctrpImportRun {

    static final int EXAMPLES = 20;
    static final String NO_TRIAL_ID = "no TrialID";
    static final String DUPLICATE = "the same TrialID appears earlier in this file";

    private final IctrpImportWriter writer;
    private final ImportProgress progress;
    private final IctrpTrials trials;
    private final CgtClassifier classifier;
    private final Set<String> seenInFile = new HashSet<>();
    private final List<Counted> counted = new ArrayList<>();
    private final Map<String, Long> skippedByReason = new TreeMap<>();
    private final List<SkippedStudy> skippedExamples = new ArrayList<>();
    private final Map<String, Long> byRegister = new TreeMap<>();
    private final List<String> unknownCountryExamples = new ArrayList<>();
    private Instant exportedAt;
    private long read;
    private long added;
    private long updated;
    private long skipped;
    private long unknownCountries;

    /** What counting the file's trials needs of each record. */
    private record Counted(String trialId, List<String> secondaryIds, Set<String> countries, boolean inferred) {
    }

    IctrpImportRun(IctrpImportWriter writer, ImportProgress progress, IctrpTrials trials, CgtClassifier classifier) {
        this.writer = writer;
        this.progress = progress;
        this.trials = trials;
        this.classifier = classifier;
    }

    void accept(IctrpRow row) {
        read++;
        progress.recordRead();
        exportedAt = latest(exportedAt, IctrpValues.exportTime(row.value(IctrpField.EXPORT_DATE)));
        IctrpTrials.Read record = trials.read(row);
        IctrpTrial trial = record.trial();
        if (trial.trialId().isEmpty()) {
            skip(row.location(), NO_TRIAL_ID, NO_TRIAL_ID);
            return;
        }
        if (!seenInFile.add(TrialLinks.key(trial.trialId()))) {
            skip(row.location(), trial.trialId() + ": " + DUPLICATE, DUPLICATE);
            return;
        }
        TrialClassification classification = classifier.classify(trial.toTrial());
        try {
            if (writer.write(trial, classification, row.span())) {
                added++;
            } else {
                updated++;
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot store " + trial.trialId() + " (" + row.location() + "): " + e.getMessage(), e);
        }
        byRegister.merge(trial.sourceRegister().isEmpty() ? "(no register)" : trial.sourceRegister(), 1L, Long::sum);
        counted.add(new Counted(trial.trialId(), trial.secondaryIds(), trial.countryCodes(), trial.countriesInferred()));
        unknownCountries += record.unrecognisedCountries().size();
        for (String country : record.unrecognisedCountries()) {
            if (unknownCountryExamples.size() < EXAMPLES) {
                unknownCountryExamples.add(trial.trialId() + ": " + country);
            }
        }
    }

    private void skip(String location, String detail, String reason) {
        skipped++;
        skippedByReason.merge(reason, 1L, Long::sum);
        if (skippedExamples.size() < EXAMPLES) {
            skippedExamples.add(new SkippedStudy(location, detail));
        }
    }

    private static Instant latest(Instant known, Instant found) {
        return known == null || found != null && found.isAfter(known) ? found : known;
    }

    IctrpImportSummary finish(String fileName, ImportFormat format, Instant importedAt, String archiveFile)
            throws SQLException {
        writer.finish(read, added, updated, skipped, exportedAt, archiveFile);
        Map<String, Long> countryCounts = new TreeMap<>();
        Map<String, Long> inferredCounts = new TreeMap<>();
        for (List<Counted> trial : TrialLinks.group(counted, Counted::trialId, Counted::secondaryIds)) {
            Map<String, Boolean> inferredOnly = new HashMap<>();
            for (Counted record : trial) {
                record.countries().forEach(country -> inferredOnly.merge(country, record.inferred(), Boolean::logicalAnd));
            }
            inferredOnly.forEach((country, inferred) -> {
                countryCounts.merge(country, 1L, Long::sum);
                if (inferred) {
                    inferredCounts.merge(country, 1L, Long::sum);
                }
            });
        }
        TrialImportSummary summary = new TrialImportSummary(writer.importId(), fileName, format.name(), importedAt, read,
                added, updated, skipped, skippedByReason, skippedExamples, countryCounts, unknownCountries,
                unknownCountryExamples);
        return new IctrpImportSummary(summary, inferredCounts, byRegister, exportedAt);
    }
}
