package org.cgtatlas.ingest.clinicaltrials;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.cgtatlas.domain.Modality;

/**
 * Reads a table of hand-labelled trials: {@code nct_id, cgt} ({@code CGT} or {@code NOT_CGT}), {@code modality}
 * (a {@link Modality} name, empty for not CGT), {@code confidence} and {@code reason}; other columns are ignored.
 */
public final class LabelledTrials {

    /** The labelled benchmark bundled with the app: trials of the sample exports in docs/trial-labelling.md. */
    public static final String BUNDLED = "/org/cgtatlas/ingest/trial-labels.csv";

    private static final Set<String> CONFIDENCES = Set.of("high", "medium", "low");

    private LabelledTrials() {
    }

    public static Map<String, TrialLabel> bundled() {
        try (InputStream in = LabelledTrials.class.getResourceAsStream(BUNDLED)) {
            return read(in, BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BUNDLED, e);
        }
    }

    /** @param name names the table in error messages */
    public static Map<String, TrialLabel> read(InputStream in, String name) throws IOException {
        Map<String, TrialLabel> labels = new LinkedHashMap<>();
        try (CsvReader<NamedCsvRecord> table = CsvReader.builder().ofNamedCsvRecord(in, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord row : table) {
                String where = name + ", line " + row.getStartingLineNumber();
                TrialLabel label = label(row, where);
                if (labels.put(label.nctId(), label) != null) {
                    throw new IllegalArgumentException(where + ": " + label.nctId() + " is labelled twice");
                }
            }
        } catch (java.util.NoSuchElementException e) {
            throw new IllegalArgumentException(name + ": a column is missing (" + e.getMessage() + ")", e);
        }
        return labels;
    }

    private static TrialLabel label(NamedCsvRecord row, String where) {
        String nctId = row.getField("nct_id").strip();
        String cgt = row.getField("cgt").strip();
        String modalityName = row.getField("modality").strip();
        String confidence = row.getField("confidence").strip();
        if (!CONFIDENCES.contains(confidence)) {
            throw new IllegalArgumentException(where + ": confidence must be high, medium or low, not '" + confidence + "'");
        }
        Modality modality;
        switch (cgt) {
            case "CGT" -> modality = Modality.parse(modalityName).orElseThrow(() -> new IllegalArgumentException(
                    where + ": a CGT trial needs a modality, not '" + modalityName + "'"));
            case "NOT_CGT" -> {
                if (!modalityName.isEmpty()) {
                    throw new IllegalArgumentException(where + ": a trial that is not CGT has no modality");
                }
                modality = null;
            }
            default -> throw new IllegalArgumentException(where + ": cgt must be CGT or NOT_CGT, not '" + cgt + "'");
        }
        return new TrialLabel(nctId, modality, confidence, row.getField("reason").strip());
    }
}
