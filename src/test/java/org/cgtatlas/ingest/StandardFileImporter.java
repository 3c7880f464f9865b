package org.cgtatlas.ingest;

import java.time.Clock;
import java.util.List;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.core.db.DatabaseBackups;
import org.cgtatlas.data.DatasetRepository;
import org.cgtatlas.ingest.clinicaltrials.TrialImporter;
import org.cgtatlas.ingest.dataset.DatasetImporter;
import org.cgtatlas.ingest.ictrp.IctrpImporter;

/** The file importer as the app assembles it, on a test's database: three backups kept, the four region countries. */
public final class StandardFileImporter {

    private StandardFileImporter() {
    }

    public static FileImporter on(Database database) {
        return on(database, new DatabaseBackups(database, 3, Clock.systemDefaultZone()), List.of("CN", "JP", "KR", "TW"));
    }

    public static FileImporter on(Database database, DatabaseBackups backups, List<String> regionCodes) {
        return new FileImporter(TrialImporter.standard(database), IctrpImporter.standard(database),
                new DatasetImporter(new DatasetRepository(database)), backups, () -> regionCodes);
    }
}
