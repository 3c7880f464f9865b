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
        boolean hasQuote = field.indexOf('"') >= 0;
        if (!hasQuote && field.indexOf(',') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            line.append(field);
        } else {
            line.append('"').append(hasQuote ? field.replace("\"", "\"\"") : field).append('"');
        }
    }
}
