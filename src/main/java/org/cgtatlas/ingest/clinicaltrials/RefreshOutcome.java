package org.cgtatlas.ingest.clinicaltrials;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.TrialImportSummary;
import org.cgtatlas.ingest.clinicaltrials.api.RefreshQuery;
import org.cgtatlas.ingest.clinicaltrials.api.RegistryVersion;

/**
 * What a refresh did: where it asked, what, since when, the registry's data date, the pages and the total the
 * server announced, and the import's summary of the studies stored.
 *
 * @param updatedSince null for a full refresh
 * @param total        the server's {@code totalCount}, -1 if it gave none
 */
public record RefreshOutcome(String apiUrl, RefreshQuery query, LocalDate updatedSince, RegistryVersion version, int pages,
                             long total, TrialImportSummary summary) {

    /** The summary for the user: the refresh's own lines, then the same lines as after an import. */
    public List<String> summaryLines(List<String> region) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("trials.refresh.summary.from", apiUrl, version.dataTimestamp()));
        lines.add(updatedSince == null ? Messages.get("trials.refresh.summary.full")
                : Messages.get("trials.refresh.summary.since", updatedSince));
        lines.add(Messages.get("trials.refresh.summary.query"));
        query.parameters().forEach((name, value) -> lines.add("  " + name + "=" + value));
        lines.add(Messages.get("trials.refresh.summary.pages", pages, summary.studiesRead(), total < 0 ? "?" : total));
        lines.addAll(ImportSummaryText.countLines(summary, region));
        return lines;
    }

    public String summaryText(List<String> region) {
        return String.join(System.lineSeparator(), summaryLines(region));
    }
}
