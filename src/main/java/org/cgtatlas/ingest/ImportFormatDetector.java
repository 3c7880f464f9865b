package org.cgtatlas.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells which {@link ImportFormat} a file is from its first bytes, never from its name. A new format is one more
 * check in {@link #detect(String, String)}.
 */
public final class ImportFormatDetector {

    static final int SNIFF_BYTES = 64 * 1024;
    private static final Pattern DATASET_JSON = Pattern.compile("\"format\"\\s*:\\s*\"cgt-atlas-dataset\"");
    private static final Pattern CTGOV_JSON = Pattern.compile("\"(protocolSection|studies|nctId)\"\\s*:");
    private static final Pattern ICTRP_XML = Pattern.compile("<(Trials_downloaded_from_ICTRP|TrialID)[\\s>]");
    private static final Set<String> LEGACY_ONLY_COLUMNS = Set.of("rank", "title", "status", "sponsor/collaborators",
            "funded bys", "gender", "study designs", "outcome measures", "url");

    public ImportFormat detect(Path file) {
        String fileName = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new ImportFileException(fileName, "", "no such file (" + file.toAbsolutePath() + ")");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new ImportFileException(fileName, "", "cannot be read (" + e.getMessage() + ")", e);
        }
        return detect(fileName, new String(head, StandardCharsets.UTF_8));
    }

    ImportFormat detect(String fileName, String head) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        String start = text.stripLeading();
        if (start.isEmpty()) {
            throw new ImportFileException(fileName, "", "the file is empty");
        }
        char first = start.charAt(0);
        if (first == '{' && DATASET_JSON.matcher(start).find()) {
            return ImportFormat.CGT_ATLAS_DATASET;
        }
        if ((first == '[' || first == '{') && CTGOV_JSON.matcher(start).find()) {
            return ImportFormat.CTGOV_JSON;
        }
        if (first == '<') {
            if (ICTRP_XML.matcher(start).find()) {
                return ImportFormat.ICTRP_XML;
            }
            throw new ImportFileException(fileName, "", "this XML is not a WHO ICTRP export "
                    + "(no <Trials_downloaded_from_ICTRP> or <TrialID> element near its start)");
        }
        if (first == '[' || first == '{') {
            throw new ImportFileException(fileName, "", "this JSON is not a ClinicalTrials.gov export "
                    + "(no \"studies\", \"protocolSection\" or \"nctId\" near its start)");
        }
        Set<String> header;
        try {
            header = headerNames(firstLine(text));
        } catch (CsvParseException e) {
            throw new ImportFileException(fileName, "line 1", "this is neither JSON nor a CSV header (" + e.getMessage() + ")", e);
        }
        if (header.contains("trialid")) {
            return ImportFormat.ICTRP_CSV;
        }
        if (!header.contains("nct number")) {
            throw new ImportFileException(fileName, "line 1", "this is neither a ClinicalTrials.gov nor a WHO ICTRP "
                    + "export: the first line has no \"NCT Number\" or \"TrialID\" column");
        }
        header.retainAll(LEGACY_ONLY_COLUMNS);
        return header.isEmpty() ? ImportFormat.CTGOV_CSV_MODERN : ImportFormat.CTGOV_CSV_LEGACY;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).replace("\r", "");
    }

    private static Set<String> headerNames(String line) {
        CsvRecord record = CsvReader.builder().ofSingleCsvRecord(line);
        List<String> fields = record.getFields();
        Set<String> names = new HashSet<>();
        for (String field : fields) {
            names.add(field.strip().toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
