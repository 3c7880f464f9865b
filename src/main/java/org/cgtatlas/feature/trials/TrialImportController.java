package org.cgtatlas.feature.trials;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.ingest.ImportOutcome;
import org.cgtatlas.ingest.FileImporter;

/**
 * Imports a ClinicalTrials.gov export in the background (progress and Cancel in the status bar), then announces
 * the changed data and hands the summary on. A failed or cancelled import has changed nothing; a Cancel that came
 * too late (the import was committing) is answered with the summary, as the import completed.
 */
public final class TrialImportController {

    private final TaskExecutor tasks;
    private final FileImporter importer;
    private final DataRevision dataRevision;
    private final Consumer<ImportOutcome> onImported;
    private final Consumer<String> onCancelled;

    public TrialImportController(TaskExecutor tasks, FileImporter importer, DataRevision dataRevision,
                                 Consumer<ImportOutcome> onImported, Consumer<String> onCancelled) {
        this.tasks = tasks;
        this.importer = importer;
        this.dataRevision = dataRevision;
        this.onImported = onImported;
        this.onCancelled = onCancelled;
    }

    public void importFile(Path file) {
        tasks.task(Messages.get("trials.import.title", file.getFileName()), progress -> importer.importFile(file, progress))
                .onSuccess(summary -> {
                    dataRevision.changed();
                    onImported.accept(summary);
                })
                .onCancelled(() -> onCancelled.accept(Messages.get("trials.import.cancelled")))
                .userTask()
                .start();
    }
}
