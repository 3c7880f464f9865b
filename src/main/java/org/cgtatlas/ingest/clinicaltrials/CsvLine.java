package org.cgtatlas.ingest.clinicaltrials;

import de.siegmar.fastcsv.reader.CsvRecord;

/** Writes a CSV record back as one RFC 4180 line, quoting only the fields that need it: the raw source of a study. */
final class CsvLine {

    private final StringBuilder line = new StringBuilder(4096);

    String of(CsvRecord record) {
        line.setLength(0);
        int count = record.getFieldCount();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                line.append(',');
            }
            append(record.getField(i));
        }
        return line.toString();
    }

    private void append(String field) {
        if (!needsQuotes(field)) {
            line.append(field);
            return;
        }
        line.append('"');
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    private static boolean needsQuotes(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
