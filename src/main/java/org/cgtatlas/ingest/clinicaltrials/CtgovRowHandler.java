package org.cgtatlas.ingest.clinicaltrials;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.Arrays;
import java.util.Map;
import org.cgtatlas.ingest.LineBreaks;

/**
 * Turns FastCSV's fields into {@link CtgovRow}s, keeping as text only what the importer uses: every field of the
 * header, then per row only the columns it reads (most of an export's characters are summaries and outcome
 * measures it does not store). It counts the line breaks inside quoted fields, so a row knows its last line.
 */
final class CtgovRowHandler extends AbstractBaseCsvCallbackHandler<CtgovRow> {

    private static final int HEADER_FIELDS = 64;

    private CtgovCsvColumn[] columnAt;
    private String[] fields;
    private int lineBreaks;

    /** From now on keep only these columns (by their index in the header). */
    void keepOnly(Map<CtgovCsvColumn, Integer> columns) {
        int width = columns.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        columnAt = new CtgovCsvColumn[width];
        columns.forEach((column, index) -> columnAt[index] = column);
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        fields = new String[columnAt == null ? HEADER_FIELDS : CtgovCsvColumn.COUNT];
        lineBreaks = 0;
    }

    @Override
    protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
        if (quoted) {
            lineBreaks += LineBreaks.in(buffer, offset, length);
        }
        if (columnAt == null) {
            if (index >= fields.length) {
                fields = Arrays.copyOf(fields, fields.length * 2);
            }
            fields[index] = new String(buffer, offset, length);
        } else if (index < columnAt.length && columnAt[index] != null) {
            fields[columnAt[index].ordinal()] = new String(buffer, offset, length);
        }
    }

    @Override
    protected CtgovRow buildRecord() {
        return new CtgovRow(getStartingLineNumber(), getFieldCount(), fields, lineBreaks);
    }
}
