package org.cgtatlas.export.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cgtatlas.landscape.trials.TrialRow;

/**
 * The trials list as a CSV file for spreadsheets: lines saying where it comes from above the table (see
 * {@link org.cgtatlas.landscape.trials.TrialsExportProvenance}), then one row per trial, its primary id first.
 */
public final class TrialsCsv {

    private TrialsCsv() {
    }

    public static void write(Path target, List<TrialRow> rows, List<String> provenance) throws IOException {
        CsvTableWriter.write(target, provenance, TrialRow.HEADER, rows.stream().map(TrialRow::cells).toList());
    }
}
