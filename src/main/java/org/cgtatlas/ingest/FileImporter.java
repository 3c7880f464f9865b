package org.cgtatlas.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.DatabaseBackups;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.DatasetWriteSummary;
import org.cgtatlas.domain.IctrpImportSummary;
import org.cgtatlas.domain.TrialImportSummary;
import org.cgtatlas.ingest.clinicaltrials.ImportSummaryText;
import org.cgtatlas.ingest.clinicaltrials.TrialImporter;
import org.cgtatlas.ingest.dataset.DatasetImporter;
import org.cgtatlas.ingest.ictrp.IctrpImporter;
import org.cgtatlas.ingest.ictrp.IctrpSummaryText;

/**
 * {@code File ▸ Import…} and {@code cgt-atlas import}: tells the format from the content, backs the database up,
 * then hands the file to the importer for that format. Every import is all or nothing. A committed registry import
 * always changes the data (it records the import and keeps a copy of the file); a dataset import may change nothing.
 */
public final class FileImporter {

    private final TrialImporter trials;
    private final IctrpImporter ictrp;
    private final DatasetImporter datasets;
    private final DatabaseBackups backups;
    private final Supplier<List<String>> region;

    /** {@code region} supplies the region's country codes (from the country table) for the summary. */
    public FileImporter(TrialImporter trials, IctrpImporter ictrp, DatasetImporter datasets, DatabaseBackups backups,
                        Supplier<List<String>> region) {
        this.trials = trials;
        this.ictrp = ictrp;
        this.datasets = datasets;
        this.backups = backups;
        this.region = region;
    }

    /**
     * Imports the file with a backup of the state before it, kept only when the import changed the data (see
     * {@link DatabaseBackups#aroundImport}).
     */
    public ImportOutcome importFile(Path file, Progress progress) {
        ImportFormat format = new ImportFormatDetector().detect(file);
        return backups.aroundImport(() -> importFile(file, format, progress), ImportOutcome::changedData);
    }

    private ImportOutcome importFile(Path file, ImportFormat format, Progress progress) {
        if (format == ImportFormat.CGT_ATLAS_DATASET) {
            Dataset before = datasets.stored();
            DatasetWriteSummary summary = datasets.importFile(file);
            return new ImportOutcome(format, List.of(Messages.get("import.dataset.summary", file.getFileName(),
                    summary.added(), summary.updated())), null, summary, !datasets.stored().equals(before));
        }
        if (format == ImportFormat.ICTRP_XML || format == ImportFormat.ICTRP_CSV) {
            IctrpImportSummary summary = ictrp.importFile(file, format, progress);
            return new ImportOutcome(format, IctrpSummaryText.lines(summary, region.get()), summary.trials(), null, true);
        }
        TrialImportSummary summary = trials.importFile(file, format, progress);
        return new ImportOutcome(format, ImportSummaryText.lines(summary, region.get()), summary, null, true);
    }
}
