package org.cgtatlas.landscape;

import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.ChangeLogRevision;
import org.cgtatlas.data.CitationRepository;
import org.cgtatlas.data.DatasetRepository;
import org.cgtatlas.data.TrialBreakdownRepository;
import org.cgtatlas.data.TrialRepository;

/** Reads a {@link Landscape} in one repeatable-read transaction; call it off the FX thread. */
public final class LandscapeReader {

    private final Database database;
    private final DatasetRepository datasets;
    private final TrialRepository trials;
    private final CitationRepository citations = new CitationRepository();
    private final TrialBreakdownRepository breakdown = new TrialBreakdownRepository();

    public LandscapeReader(Database database, DatasetRepository datasets, TrialRepository trials) {
        this.database = database;
        this.datasets = datasets;
        this.trials = trials;
    }

    /**
     * The change log's newest seq is read in the same repeatable-read transaction as the data, so it is exactly the
     * revision the snapshot shows: a change committed meanwhile is in neither.
     */
    public Landscape read() {
        return database.readConsistently(connection -> Landscape.of(datasets.load(connection),
                citations.findPassages(connection), trials.countsByCountry(connection), breakdown.read(connection),
                ChangeLogRevision.newest(connection)));
    }
}
