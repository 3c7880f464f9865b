package org.cgtatlas.ingest.ictrp;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cgtatlas.domain.SourceSpan;
import org.cgtatlas.ingest.CopyingInputStream;
import org.cgtatlas.ingest.ImportFileException;
import org.cgtatlas.ingest.LineBreaks;

/**
 * Streams the ICTRP portal's CSV export with FastCSV: a header naming the columns ({@code TrialID},
 * {@code Source Register}, … in any order, any subset), then one row per trial, values quoted and often spanning lines.
 * Every row must have as many fields as the header.
 */
final class IctrpCsvReader implements IctrpRowReader {

    /** The longest field accepted, in characters. */
    static final int MAX_FIELD_CHARS = 1024 * 1024;

    private final String fileName;
    private final Reader reader;

    IctrpCsvReader(String fileName, Reader reader) {
        this.fileName = fileName;
        this.reader = reader;
    }

    @Override
    public void read(Consumer<IctrpRow> sink) throws IOException {
        long line = 0;
        int records = 0;
        try (CsvReader<Row> csv = CsvReader.builder()
                .maxBufferSize(MAX_FIELD_CHARS)
                .allowUnclosedQuote(false)
                .skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .build(new RowHandler(), reader)) {
            IctrpField[] columns = null;
            for (Row row : csv) {
                line = row.firstLine();
                if (columns == null) {
                    columns = columns(row.fields());
                    continue;
                }
                if (row.fields().size() != columns.length) {
                    throw new ImportFileException(fileName, "line " + line, "the row has " + row.fields().size()
                            + " fields but the header has " + columns.length + " (a ragged row or a cut-off file)");
                }
                Map<IctrpField, String> fields = new EnumMap<>(IctrpField.class);
                for (int i = 0; i < columns.length; i++) {
                    if (columns[i] != null) {
                        fields.put(columns[i], row.fields().get(i));
                    }
                }
                records++;
                sink.accept(new IctrpRow(fields, "line " + line, new SourceSpan(line, row.lastLine())));
            }
        } catch (CsvParseException e) {
            throw new ImportFileException(fileName, "after line " + line, "malformed CSV: a quoted field is not closed "
                    + "or is longer than " + MAX_FIELD_CHARS + " characters", e);
        } catch (UncheckedIOException e) {
            throw readProblem(e.getCause(), line);
        } catch (CharacterCodingException e) {
            throw readProblem(e, line);
        }
        if (records == 0) {
            throw new ImportFileException(fileName, "", "this ICTRP CSV export holds no trial rows");
        }
    }

    private IctrpField[] columns(List<String> header) {
        IctrpField[] columns = new IctrpField[header.size()];
        boolean trialId = false;
        for (int i = 0; i < columns.length; i++) {
            IctrpField field = IctrpField.named(header.get(i).replace("\uFEFF", ""));
            for (int j = 0; j < i; j++) {
                if (field != null && columns[j] == field) {
                    throw new ImportFileException(fileName, "line 1", "the column \"" + header.get(i) + "\" appears twice");
                }
            }
            columns[i] = field;
            trialId |= field == IctrpField.TRIAL_ID;
        }
        if (!trialId) {
            throw new ImportFileException(fileName, "line 1", "this is not a WHO ICTRP export: the header has no \"TrialID\" column");
        }
        return columns;
    }

    private ImportFileException readProblem(Throwable e, long line) {
        if (e instanceof CopyingInputStream.CopyFailedException) {
            return new ImportFileException(fileName, "", e.getMessage(), e);
        }
        if (e instanceof CharacterCodingException) {
            return new ImportFileException(fileName, "after line " + line,
                    "invalid UTF-8 bytes; save the export as UTF-8 and import it again", e);
        }
        return new ImportFileException(fileName, "after line " + line, "cannot be read (" + e.getMessage() + ")", e);
    }

    private record Row(List<String> fields, long firstLine, long lastLine) {
    }

    /** Keeps each row's fields and counts the line breaks inside its quoted ones, so the row knows its last line. */
    private static final class RowHandler extends AbstractBaseCsvCallbackHandler<Row> {

        private List<String> fields;
        private int lineBreaks;

        @Override
        protected void handleBegin(long startingLineNumber) {
            fields = new ArrayList<>();
            lineBreaks = 0;
        }

        @Override
        protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
            if (quoted) {
                lineBreaks += LineBreaks.in(buffer, offset, length);
            }
            fields.add(new String(buffer, offset, length));
        }

        @Override
        protected Row buildRecord() {
            return new Row(fields, getStartingLineNumber(), getStartingLineNumber() + lineBreaks);
        }
    }
}
