package org.cgtatlas.ingest.clinicaltrials;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cgtatlas.domain.SourceSpan;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.ingest.CopyingInputStream;
import org.cgtatlas.ingest.ImportFileException;

/**
 * Streams the registry's CSV exports, modern ({@code ctg-studies.csv}) and legacy ({@code SearchResults.csv}),
 * with any subset of their columns in any order. Every row must have as many fields as the header, and a quote
 * must close before the end of the file. Text after a closing quote is kept as part of the field (see
 * {@link StrayQuoteRepairingReader}), because the legacy site writes such fields.
 */
final class CtgovCsvReader implements StudyReader {

    /** The longest field accepted, in characters. */
    static final int MAX_FIELD_CHARS = 1024 * 1024;
    private static final Pattern FASTCSV_LINE = Pattern.compile("\\s*\\(record starting at line (\\d+)\\)");

    private final String fileName;
    private final Reader reader;
    private final CountryMatcher countries;

    CtgovCsvReader(String fileName, Reader reader, CountryMatcher countries) {
        this.fileName = fileName;
        this.reader = reader;
        this.countries = countries;
    }

    @Override
    public void read(StudySink sink) throws IOException {
        long lastLine = 0;
        StrayQuoteRepairingReader text = new StrayQuoteRepairingReader(reader);
        CtgovRowHandler rows = new CtgovRowHandler();
        try (CsvReader<CtgovRow> csv = CsvReader.builder()
                .maxBufferSize(MAX_FIELD_CHARS)
                .allowUnclosedQuote(false)
                .skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .build(rows, text)) {
            Map<CtgovCsvColumn, Integer> columns = null;
            int headerSize = 0;
            for (CtgovRow row : csv) {
                lastLine = row.startingLine();
                if (columns == null) {
                    columns = columns(row);
                    headerSize = row.fieldCount();
                    rows.keepOnly(columns);
                    continue;
                }
                if (row.fieldCount() != headerSize) {
                    throw new ImportFileException(fileName, "line " + lastLine, "the row has " + row.fieldCount()
                            + " fields but the header has " + headerSize + " (a ragged row or a cut-off file)");
                }
                sink.accept(study(row));
            }
            if (columns == null) {
                throw new ImportFileException(fileName, "", "the file is empty");
            }
        } catch (CsvParseException e) {
            throw parseProblem(e, lastLine);
        } catch (UncheckedIOException e) {
            throw readProblem(e.getCause(), text.currentLine());
        } catch (CharacterCodingException | StrayQuoteRepairingReader.MalformedQuoteException e) {
            throw readProblem(e, text.currentLine());
        }
    }

    private Map<CtgovCsvColumn, Integer> columns(CtgovRow header) {
        Map<CtgovCsvColumn, Integer> columns = new EnumMap<>(CtgovCsvColumn.class);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.fieldCount(); i++) {
            String name = header.field(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !seen.add(name)) {
                throw new ImportFileException(fileName, "line 1", "the column \"" + header.field(i) + "\" appears twice");
            }
            for (CtgovCsvColumn column : CtgovCsvColumn.values()) {
                if (column.isNamed(name)) {
                    columns.put(column, i);
                }
            }
        }
        if (!columns.containsKey(CtgovCsvColumn.NCT_NUMBER)) {
            throw new ImportFileException(fileName, "line 1", "this is not a ClinicalTrials.gov export: the header has no \"NCT Number\" column");
        }
        return columns;
    }

    private StudyRecord study(CtgovRow row) {
        List<String> unrecognised = new ArrayList<>(0);
        Set<String> countryCodes = new HashSet<>();
        for (String location : RegistryValues.split(row.value(CtgovCsvColumn.LOCATIONS))) {
            countries.codeAtEndOf(location).ifPresentOrElse(countryCodes::add, () -> unrecognised.add(location));
        }
        Trial trial = new Trial(
                row.value(CtgovCsvColumn.NCT_NUMBER).strip(),
                row.value(CtgovCsvColumn.TITLE).strip(),
                RegistryValues.status(row.value(CtgovCsvColumn.STATUS)),
                RegistryValues.phases(RegistryValues.split(row.value(CtgovCsvColumn.PHASES))),
                RegistryValues.split(row.value(CtgovCsvColumn.CONDITIONS)),
                RegistryValues.interventions(row.value(CtgovCsvColumn.INTERVENTIONS)),
                RegistryValues.leadSponsor(row.value(CtgovCsvColumn.SPONSOR)),
                RegistryValues.funderType(row.value(CtgovCsvColumn.FUNDER_TYPE)),
                RegistryDates.parse(row.value(CtgovCsvColumn.START_DATE)),
                RegistryDates.parse(row.value(CtgovCsvColumn.COMPLETION_DATE)),
                RegistryValues.enrollment(row.value(CtgovCsvColumn.ENROLLMENT)),
                countryCodes);
        TrialDetails details = new TrialDetails("", row.value(CtgovCsvColumn.BRIEF_SUMMARY), "");
        return new StudyRecord(trial, details, "line " + row.startingLine(), new SourceSpan(row.startingLine(), row.lastLine()),
                unrecognised);
    }

    private ImportFileException parseProblem(CsvParseException e, long lastLine) {
        String message = String.valueOf(e.getMessage());
        Matcher line = FASTCSV_LINE.matcher(message);
        String where = line.find() ? "line " + line.group(1) : "after line " + lastLine;
        String problem = line.replaceAll("");
        if (problem.startsWith("The maximum buffer size")) {
            problem = "a field is longer than the limit of " + MAX_FIELD_CHARS
                    + " characters, or a quoted field is never closed";
        } else if (problem.startsWith("Unclosed quoted field")) {
            problem = "a quoted field is not closed before the end of the file (the file is cut off or a quote is malformed)";
        } else {
            problem = "malformed CSV: " + problem;
        }
        return new ImportFileException(fileName, where, problem, e);
    }

    private ImportFileException readProblem(Throwable e, long line) {
        if (e instanceof StrayQuoteRepairingReader.MalformedQuoteException malformed) {
            return new ImportFileException(fileName, "line " + malformed.line(), "malformed quoted field: its closing quote "
                    + "is followed by other text than a comma or a line break (or a quote inside it is not doubled)", e);
        }
        String where = "line " + line;
        if (e instanceof CopyingInputStream.CopyFailedException) {
            return new ImportFileException(fileName, "", e.getMessage(), e);
        }
        if (e instanceof CharacterCodingException) {
            return new ImportFileException(fileName, where, "invalid UTF-8 bytes; save the export as UTF-8 and import it again", e);
        }
        return new ImportFileException(fileName, where, "cannot be read (" + e.getMessage() + ")", e);
    }
}
