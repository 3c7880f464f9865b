package org.cgtatlas.ingest.ictrp;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.IctrpImportSummary;
import org.cgtatlas.domain.RegistrySource;
import org.cgtatlas.ingest.clinicaltrials.ImportSummaryText;

/**
 * The summary of a WHO ICTRP import as lines of text, in the summary dialog and on the command line: the lines every
 * registry import shows, then the registers, the counts inferred from a blank {@code Countries}, the export date and
 * WHO's terms.
 */
public final class IctrpSummaryText {

    private IctrpSummaryText() {
    }

    public static List<String> lines(IctrpImportSummary summary, List<String> region) {
        List<String> lines = new ArrayList<>(ImportSummaryText.lines(summary.trials(), region));
        StringBuilder registers = new StringBuilder();
        summary.recordsByRegister().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> registers.append(registers.length() == 0 ? "" : ", ")
                        .append(entry.getKey()).append(' ').append(entry.getValue()));
        lines.add(Messages.get("ictrp.summary.registers", registers));
        if (!summary.inferredByCountry().isEmpty()) {
            StringBuilder inferred = new StringBuilder();
            summary.inferredByCountry().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> inferred.append(inferred.length() == 0 ? "" : ", ")
                            .append(ImportSummaryText.countryName(entry.getKey())).append(' ').append(entry.getValue()));
            lines.add(Messages.get("ictrp.summary.inferred", inferred));
        }
        lines.add(summary.exportedAt() == null ? Messages.get("ictrp.summary.noExportDate")
                : Messages.get("ictrp.summary.exportDate", LocalDate.ofInstant(summary.exportedAt(), ZoneOffset.UTC)));
        lines.add(RegistrySource.ICTRP_TERMS + ".");
        return lines;
    }
}
