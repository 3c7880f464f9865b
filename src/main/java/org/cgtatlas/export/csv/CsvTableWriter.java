package org.cgtatlas.export.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cgtatlas.core.files.AtomicFileWriter;

/**
 * Writes a table as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads CJK text right), RFC 4180
 * quoting and CRLF line ends, and every cell that a spreadsheet would run as a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return) prefixed with a single quote, as OWASP advises against
 * CSV injection. The file is written atomically: it holds either the old content or the whole new table.
 */
public final class CsvTableWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvTableWriter() {
    }

    public static void write(Path target, List<String> header, List<? extends List<String>> rows) throws IOException {
        write(target, List.of(), header, rows);
    }

    /**
     * As {@link #write(Path, List, List)}, with lines about the file above the table: each a row of one cell in the
     * first column, then an empty row, so a spreadsheet opens it as it is and shows them first.
     */
    public static void write(Path target, List<String> about, List<String> header, List<? extends List<String>> rows)
            throws IOException {
        AtomicFileWriter.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BYTE_ORDER_MARK);
            CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
            for (String line : about) {
                csv.writeRecord(neutralise(line));
            }
            if (!about.isEmpty()) {
                csv.writeRecord("");
            }
            csv.writeRecord(neutralised(header));
            for (List<String> row : rows) {
                csv.writeRecord(neutralised(row));
            }
            csv.flush();
            writer.flush();
        });
    }

    /** The cell as a spreadsheet will show it but never evaluate it; null becomes an empty cell. */
    private static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    private static List<String> neutralised(List<String> cells) {
        List<String> safe = new ArrayList<>(cells.size());
        for (String cell : cells) {
            safe.add(neutralise(cell));
        }
        return safe;
    }
}
