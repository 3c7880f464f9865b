package org.cgtatlas.landscape.trials;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.cgtatlas.domain.RegistrySource;

/**
 * What a trials list export says about itself above its table, one sentence a line: what it is, its sources with their
 * export and import dates, the filters, the classification rules' version, when it was written, and WHO's terms when
 * ICTRP data is in it.
 */
public final class TrialsExportProvenance {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private TrialsExportProvenance() {
    }

    public static List<String> lines(List<RegistrySource> sources, String filters, String rulesVersion, Instant exportedAt,
                                     int trials) {
        List<String> lines = new ArrayList<>();
        lines.add("CGT Atlas trials list: " + trials + " trial(s), one row each (a trial registered in several registers "
                + "is one row, under its ClinicalTrials.gov or first registration's id)");
        lines.add("Sources: " + (sources.isEmpty() ? "none imported" : RegistryProvenance.text(sources)));
        lines.add("Filters: " + filters);
        lines.add("Classification rules: " + rulesVersion);
        lines.add("Exported: " + WRITTEN.format(exportedAt));
        RegistryProvenance.terms(sources).forEach(lines::add);
        return lines;
    }
}
