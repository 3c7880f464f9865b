package org.cgtatlas.export.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cgtatlas.domain.FieldChange;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.landscape.history.ChangesSince;
import org.cgtatlas.landscape.history.ChangesSince.Change;
import org.cgtatlas.landscape.history.ChangesSince.RecordDiff;
import org.cgtatlas.landscape.history.RegistryCountsThen.Difference;

/** {@code cgt-atlas changes}: a {@link ChangesSince} as text for reading, CSV or JSON for scripts. */
public final class ChangesSinceOutput {

    public enum Format { text, csv, json }

    private static final List<String> COLUMNS = List.of("section", "countries", "kind", "record_id", "name", "change",
            "field", "before", "after", "modality", "then", "now", "trials_entered", "trials_left");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ChangesSinceOutput() {
    }

    public static void write(ChangesSince changes, Format format, PrintWriter out) {
        switch (format) {
            case text -> text(changes, out);
            case csv -> csv(changes, out);
            case json -> json(changes, out);
        }
        out.flush();
    }

    /** "Changes since …", the title the screen, the PDF and the text share. */
    public static String title(ChangesSince changes) {
        return "What changed since " + changes.start().label();
    }

    /** "2 added, 1 removed, 3 changed". */
    public static String totals(ChangesSince changes) {
        return String.format(Locale.ROOT, "%d added, %d removed, %d changed", changes.count(Change.ADDED),
                changes.count(Change.REMOVED), changes.count(Change.CHANGED));
    }

    /** The filters set, e.g. "country JP, kind programme, modality CAR-T"; "" when none is. */
    public static String filters(ChangesSince changes) {
        ChangesSince.Filter filter = changes.filter();
        List<String> set = new ArrayList<>();
        if (filter.countryCode() != null) {
            set.add("country " + filter.countryCode());
        }
        if (filter.kind() != null) {
            set.add("kind " + filter.kind().key());
        }
        if (filter.modality() != null) {
            set.add("modality " + filter.modality().label());
        }
        return String.join(", ", set);
    }

    public static String country(String code) {
        return code.equals(ChangesSince.NO_COUNTRY) ? "(no country)" : code;
    }

    public static String change(Change change) {
        return change.name().toLowerCase(Locale.ROOT);
    }

    /** A field's value as shown: "(empty)" for nothing. */
    public static String value(String value) {
        return value.isEmpty() ? "(empty)" : value;
    }

    /** "changed · programme · Relma-cel (prog-relma-cel)". */
    public static String recordLine(RecordDiff diff) {
        return change(diff.change()) + " · " + diff.kind().key() + " · " + diff.name() + " (" + diff.recordId() + ")";
    }

    /** "stage: APPROVED → PHASE_2". */
    public static String fieldLine(FieldChange field) {
        return field.field() + ": " + value(field.before()) + " → " + value(field.after());
    }

    /** "JP · CAR-T: then 1, now 2 (+1)". */
    public static String registryLine(Difference difference) {
        return String.format(Locale.ROOT, "%s · %s: then %d, now %d (%+d)", difference.cell().countryCode(),
                difference.cell().modality().label(), difference.then(), difference.now(), difference.now() - difference.then());
    }

    private static void text(ChangesSince changes, PrintWriter out) {
        out.printf(Locale.ROOT, "%s (data revision %d → %d)%n", title(changes), changes.start().revision(),
                changes.revisionNow());
        if (!filters(changes).isEmpty()) {
            out.printf(Locale.ROOT, "Filters: %s%n", filters(changes));
        }
        out.printf(Locale.ROOT, "Records: %s%n", totals(changes));
        out.printf(Locale.ROOT, "%nBy country%n");
        changes.byCountry().forEach((code, records) -> {
            out.printf(Locale.ROOT, "%s%n", country(code));
            for (RecordDiff diff : records) {
                out.printf(Locale.ROOT, "  %-7s  %-10s  %s  (%s)%n", change(diff.change()), diff.kind().key(), diff.name(),
                        diff.recordId());
                if (diff.change() == Change.CHANGED) {
                    for (FieldChange field : diff.fields()) {
                        out.printf(Locale.ROOT, "      %s: %s → %s%n", field.field(), value(field.before()), value(field.after()));
                    }
                }
            }
        });
        out.printf(Locale.ROOT, "%nBy kind%n");
        changes.byKind().forEach((kind, records) -> out.printf(Locale.ROOT, "  %-16s %s%n", kind.key(), totals(records)));
        out.printf(Locale.ROOT, "%nRegistry: CGT trials per country × modality that differ (%d)%n", changes.registry().size());
        for (Difference difference : changes.registry()) {
            out.printf(Locale.ROOT, "  %-3s %-36s then %5d  now %5d  %+d%n", difference.cell().countryCode(),
                    difference.cell().modality().label(), difference.then(), difference.now(),
                    difference.now() - difference.then());
            if (!difference.entered().isEmpty()) {
                out.printf(Locale.ROOT, "      in:  %s%n", String.join(", ", difference.entered()));
            }
            if (!difference.left().isEmpty()) {
                out.printf(Locale.ROOT, "      out: %s%n", String.join(", ", difference.left()));
            }
        }
    }

    /** "2 added, 1 removed, 3 changed" for one group. */
    public static String totals(List<RecordDiff> records) {
        return String.format(Locale.ROOT, "%d added, %d removed, %d changed",
                records.stream().filter(diff -> diff.change() == Change.ADDED).count(),
                records.stream().filter(diff -> diff.change() == Change.REMOVED).count(),
                records.stream().filter(diff -> diff.change() == Change.CHANGED).count());
    }

    private static void csv(ChangesSince changes, PrintWriter out) {
        // Not closed: closing would close the command's output.
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord(COLUMNS);
        for (RecordDiff diff : changes.records()) {
            List<FieldChange> fields = diff.change() == Change.CHANGED ? diff.fields() : List.of(new FieldChange("", "", ""));
            for (FieldChange field : fields) {
                csv.writeRecord("record", String.join("|", diff.countryCodes()), diff.kind().key(), diff.recordId(),
                        diff.name(), change(diff.change()), field.field(), field.before(), field.after(),
                        diff.modality() == null ? "" : diff.modality().label(), "", "", "", "");
            }
        }
        for (Difference difference : changes.registry()) {
            csv.writeRecord("registry", difference.cell().countryCode(), "", "", "", "", "", "", "",
                    difference.cell().modality().label(), Long.toString(difference.then()), Long.toString(difference.now()),
                    String.join("|", difference.entered()), String.join("|", difference.left()));
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(ChangesSince changes, PrintWriter out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("since", changes.start().label());
        root.put("revision_then", changes.start().revision());
        root.put("revision_now", changes.revisionNow());
        root.put("filters", filters(changes));
        root.put("added", changes.count(Change.ADDED));
        root.put("removed", changes.count(Change.REMOVED));
        root.put("changed", changes.count(Change.CHANGED));
        List<Map<String, Object>> records = new ArrayList<>();
        for (RecordDiff diff : changes.records()) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("kind", diff.kind().key());
            record.put("id", diff.recordId());
            record.put("name", diff.name());
            record.put("change", change(diff.change()));
            record.put("countries", diff.countryCodes());
            record.put("modality", diff.modality() == null ? null : diff.modality().label());
            record.put("fields", diff.change() != Change.CHANGED ? List.of() : diff.fields().stream().map(field -> {
                Map<String, String> shown = new LinkedHashMap<>();
                shown.put("field", field.field());
                shown.put("before", field.before());
                shown.put("after", field.after());
                return shown;
            }).toList());
            records.add(record);
        }
        root.put("records", records);
        Map<String, List<String>> byCountry = new LinkedHashMap<>();
        changes.byCountry().forEach((code, diffs) -> byCountry.put(code,
                diffs.stream().map(diff -> diff.kind().key() + ":" + diff.recordId()).toList()));
        root.put("by_country", byCountry);
        Map<String, String> byKind = new LinkedHashMap<>();
        changes.byKind().forEach((RecordKind kind, List<RecordDiff> diffs) -> byKind.put(kind.key(), totals(diffs)));
        root.put("by_kind", byKind);
        List<Map<String, Object>> registry = new ArrayList<>();
        for (Difference difference : changes.registry()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("country", difference.cell().countryCode());
            row.put("modality", difference.cell().modality().label());
            row.put("then", difference.then());
            row.put("now", difference.now());
            row.put("difference", difference.now() - difference.then());
            row.put("trials_entered", difference.entered());
            row.put("trials_left", difference.left());
            registry.add(row);
        }
        root.put("registry", registry);
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the changes as JSON", e);
        }
    }
}
