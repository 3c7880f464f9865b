package org.cgtatlas.ingest.clinicaltrials;

/**
 * One record of a registry CSV export as {@link CtgovRowHandler} keeps it.
 *
 * @param startingLine the line it starts on, counting from 1
 * @param fieldCount   how many fields it has, kept or not
 * @param fields       the header's fields by position, or a row's kept fields by {@link CtgovCsvColumn} ordinal
 * @param lineBreaks   line breaks inside its quoted fields
 */
record CtgovRow(long startingLine, int fieldCount, String[] fields, int lineBreaks) {

    /** A header field, by position. */
    String field(int index) {
        return fields[index];
    }

    /** A kept column of a row; empty when the export has no such column. */
    String value(CtgovCsvColumn column) {
        String value = fields[column.ordinal()];
        return value == null ? "" : value;
    }

    long lastLine() {
        return startingLine + lineBreaks;
    }
}
