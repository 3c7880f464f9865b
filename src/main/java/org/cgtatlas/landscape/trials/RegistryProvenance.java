package org.cgtatlas.landscape.trials;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cgtatlas.domain.RegistrySource;

/**
 * Where counted registry trials come from, in words, the same on screen, in the PDF, the CSV and on the command line:
 * "ClinicalTrials.gov imported 2026-12-03; WHO ICTRP (ChiCTR, JPRN) exported 2020-04-07, imported 2026-12-03".
 */
public final class RegistryProvenance {

    private RegistryProvenance() {
    }

    public static String text(List<RegistrySource> sources) {
        List<String> parts = new ArrayList<>();
        for (RegistrySource source : sources) {
            StringBuilder part = new StringBuilder(source.name());
            if (source.isIctrp()) {
                part.append(" (").append(String.join(", ", source.registers())).append(')');
                part.append(source.exportedAt() == null ? " export date not stated"
                        : " exported " + LocalDate.ofInstant(source.exportedAt(), ZoneOffset.UTC)).append(',');
            }
            part.append(" imported ").append(day(source.latestImport()));
            parts.add(part.toString());
        }
        return String.join("; ", parts);
    }

    /** WHO's terms when any of the sources is ICTRP, else nothing. */
    public static List<String> terms(List<RegistrySource> sources) {
        return sources.stream().anyMatch(RegistrySource::isIctrp) ? List.of(RegistrySource.ICTRP_TERMS) : List.of();
    }

    /** The day of an import, in the analyst's time zone as everywhere else. */
    public static LocalDate day(Instant imported) {
        return LocalDate.ofInstant(imported, ZoneId.systemDefault());
    }
}
