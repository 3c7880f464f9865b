package org.cgtatlas.ingest;

import java.util.List;
import org.cgtatlas.domain.DatasetWriteSummary;
import org.cgtatlas.domain.TrialImportSummary;

/**
 * What an import did, whatever the file was: the detected format, its summary as lines for the user,
 * the summary record of the importer that ran (the other one is null), and whether the stored data changed.
 */
public record ImportOutcome(ImportFormat format, List<String> summaryLines, TrialImportSummary trials,
                            DatasetWriteSummary dataset, boolean changedData) {

    public ImportOutcome {
        summaryLines = List.copyOf(summaryLines);
    }
}
