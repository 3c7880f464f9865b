package org.cgtatlas.export.briefing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cgtatlas.domain.Briefing;

/** {@code cgt-atlas briefings}: the list as text for reading, CSV or JSON for scripts; times in UTC. */
public final class BriefingListOutput {

    public enum Format { text, csv, json }

    private static final List<String> COLUMNS = List.of("id", "created_at", "created_by", "title", "sections", "filters",
            "data_revision", "pages", "file", "sha256", "file_state");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BriefingListOutput() {
    }

    public static void write(List<ListedBriefing> briefings, Format format, PrintWriter out) {
        switch (format) {
            case text -> text(briefings, out);
            case csv -> csv(briefings, out);
            case json -> json(briefings, out);
        }
        out.flush();
    }

    private static void text(List<ListedBriefing> briefings, PrintWriter out) {
        out.printf(Locale.ROOT, "Briefings: %d (newest first)%n", briefings.size());
        for (ListedBriefing listed : briefings) {
            Briefing briefing = listed.briefing();
            out.printf(Locale.ROOT, "#%d  %s  %s  by %s%n", briefing.id(), SHOWN.format(briefing.createdAt()),
                    briefing.title(), briefing.createdBy());
            out.printf(Locale.ROOT, "    sections: %s; filters: %s; data revision %d; %d pages%n",
                    String.join(", ", briefing.sections()), briefing.filters(), briefing.dataRevision(), briefing.pages());
            out.printf(Locale.ROOT, "    %s (%s)%n", briefing.filePath(), listed.file().label());
        }
    }

    private static void csv(List<ListedBriefing> briefings, PrintWriter out) {
        // Not closed: closing would close the command's output.
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord(COLUMNS);
        for (ListedBriefing listed : briefings) {
            csv.writeRecord(fields(listed).values().stream().map(String::valueOf).toList());
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(List<ListedBriefing> briefings, PrintWriter out) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ListedBriefing listed : briefings) {
            rows.add(fields(listed));
        }
        try {
            out.println(JSON.writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the briefings as JSON", e);
        }
    }

    /** One briefing's values under {@link #COLUMNS}, in their order. */
    private static Map<String, Object> fields(ListedBriefing listed) {
        Briefing briefing = listed.briefing();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", briefing.id());
        fields.put("created_at", briefing.createdAt().toString());
        fields.put("created_by", briefing.createdBy());
        fields.put("title", briefing.title());
        fields.put("sections", String.join(",", briefing.sections()));
        fields.put("filters", briefing.filters());
        fields.put("data_revision", briefing.dataRevision());
        fields.put("pages", briefing.pages());
        fields.put("file", briefing.filePath());
        fields.put("sha256", briefing.sha256());
        fields.put("file_state", listed.file().name().toLowerCase(Locale.ROOT));
        return fields;
    }
}
