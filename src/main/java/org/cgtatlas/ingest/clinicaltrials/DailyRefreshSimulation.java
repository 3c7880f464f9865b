package org.cgtatlas.ingest.clinicaltrials;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.RegistryRunLog;
import org.cgtatlas.data.TrialImportWriter;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.ingest.ImportFormat;

/**
 * For {@code cgt-atlas bench history-registry}: a year of daily full refreshes of the same studies, each stored by the
 * real {@link TrialImportWriter} in its own transaction and logged as a refresh, with a share of the studies changing
 * their status every day (a different set each day). The studies are read and classified once, up front.
 */
public final class DailyRefreshSimulation {

    private static final String[] STATUSES = {"RECRUITING", "ACTIVE_NOT_RECRUITING", "COMPLETED", "TERMINATED"};

    private final List<ClassifiedStudy> studies = new ArrayList<>();

    /** Reads and classifies the studies of a modern ClinicalTrials.gov CSV export. */
    public DailyRefreshSimulation(Path csv) throws IOException {
        CgtClassifier classifier = CgtClassifier.standard();
        try (InputStream in = Files.newInputStream(csv)) {
            TrialImporter.readerFor(ImportFormat.CTGOV_CSV_MODERN, csv.getFileName().toString(), in, CountryMatcher.standard())
                    .read(study -> studies.add(new ClassifiedStudy(study, classifier.classify(study.trial(), study.details()))));
        }
    }

    public int studies() {
        return studies.size();
    }

    /**
     * Stores the studies once (day 0), then {@code days} refreshes in which {@code changedPerDay} studies take the next
     * status; {@code afterDay} is told each day done.
     */
    public void run(Database database, int days, int changedPerDay, IntConsumer afterDay) {
        Instant start = Instant.parse("2026-01-01T06:00:00Z");
        List<Trial> trials = new ArrayList<>(studies.stream().map(study -> study.study().trial()).toList());
        for (int day = 0; day <= days; day++) {
            if (day > 0) {
                for (int i = 0; i < changedPerDay; i++) {
                    int index = ((day - 1) * changedPerDay + i) % trials.size();
                    trials.set(index, nextStatus(trials.get(index)));
                }
            }
            refresh(database, trials, start.plus(Duration.ofDays(day)));
            afterDay.accept(day);
        }
    }

    private void refresh(Database database, List<Trial> trials, Instant at) {
        database.inTransaction(connection -> {
            try (TrialImportWriter writer = TrialImportWriter.start(connection, "ctgov-refresh-simulated.json",
                    ImportFormat.CTGOV_JSON.name(), at,
                    new RegistryRunLog.Run(RegistryRunLog.Cause.REGISTRY_REFRESH, "https://clinicaltrials.gov/api/v2"))) {
                long added = 0;
                for (int i = 0; i < trials.size(); i++) {
                    ClassifiedStudy study = studies.get(i);
                    added += writer.write(trials.get(i), study.classification(), study.study().span()) ? 1 : 0;
                }
                writer.finish(trials.size(), added, trials.size() - added, 0, null);
                return null;
            }
        });
    }

    private static Trial nextStatus(Trial trial) {
        int current = List.of(STATUSES).indexOf(trial.status());
        String status = STATUSES[(current + 1) % STATUSES.length];
        return new Trial(trial.nctId(), trial.title(), status, trial.phases(), trial.conditions(), trial.interventions(),
                trial.sponsor(), trial.funderType(), trial.startDate(), trial.completionDate(), trial.enrollment(),
                trial.countryCodes());
    }
}
