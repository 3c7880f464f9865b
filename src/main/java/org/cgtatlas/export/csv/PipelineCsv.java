package org.cgtatlas.export.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cgtatlas.landscape.pipeline.PipelineColumn;
import org.cgtatlas.landscape.pipeline.PipelineRow;

/** The pipeline rows as a CSV file: the given columns in the given order, one line per row. */
public final class PipelineCsv {

    private PipelineCsv() {
    }

    public static void write(Path target, List<PipelineRow> rows, List<PipelineColumn> columns) throws IOException {
        CsvTableWriter.write(target, PipelineColumn.headers(columns), PipelineColumn.cells(rows, columns));
    }
}
