package org.cgtatlas.export.pdf.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.PipelineListing;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.export.pdf.ReportData;

/**
 * The rows of the pipeline table: every programme, and every company a source lists for a country's pipeline
 * without naming a programme, sorted by country, organization and programme.
 */
public final class PipelineRows {

    public static final String NO_NAMED_PROGRAMME = "(listed; no named programme)";

    /** One printed row; {@code programme} is {@link #NO_NAMED_PROGRAMME} for a bare listing. */
    public record Row(String countryCode, String organizationId, String programme, String modality, String target,
                      String indication, String stage, List<Citation> citations) {
    }

    private PipelineRows() {
    }

    public static List<Row> build(ReportData data) {
        Map<String, String> countryNames = new HashMap<>();
        data.countries().forEach(country -> countryNames.put(country.code(), country.name()));
        Map<String, String> organizationNames = new HashMap<>();
        data.organizations().forEach(organization -> organizationNames.put(organization.id(), organization.name()));
        List<Row> rows = new ArrayList<>();
        Set<String> withProgramme = new HashSet<>();
        for (Programme programme : data.programmes()) {
            withProgramme.add(programme.organizationId() + "|" + programme.countryCode());
            rows.add(new Row(programme.countryCode(), programme.organizationId(), programme.name(),
                    programme.modality() == null ? "—" : programme.modality().label(),
                    orDash(programme.target()), orDash(programme.indication()), stage(programme), programme.citations()));
        }
        for (PipelineListing listing : data.listings()) {
            if (!withProgramme.contains(listing.organizationId() + "|" + listing.countryCode())) {
                rows.add(new Row(listing.countryCode(), listing.organizationId(), NO_NAMED_PROGRAMME, "—", "—", "—", "—",
                        listing.citations()));
            }
        }
        rows.sort(Comparator.comparing((Row row) -> countryNames.getOrDefault(row.countryCode(), String.valueOf(row.countryCode())))
                .thenComparing(row -> organizationNames.getOrDefault(row.organizationId(), ""), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Row::programme, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    private static String stage(Programme programme) {
        String stage = programme.stage() == null ? null : programme.stage().label();
        String status = programme.statusText();
        if (stage == null) {
            return orDash(status);
        }
        if (status == null || status.isBlank()) {
            return stage;
        }
        if (status.toLowerCase(Locale.ROOT).startsWith(stage.toLowerCase(Locale.ROOT))) {
            return status;
        }
        return stage + " — " + status;
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
