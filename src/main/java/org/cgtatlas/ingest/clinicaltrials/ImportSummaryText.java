package org.cgtatlas.ingest.clinicaltrials;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.CountryNames;
import org.cgtatlas.domain.SkippedStudy;
import org.cgtatlas.domain.TrialImportSummary;
import org.cgtatlas.ingest.ImportFormat;

/** The summary of an import as lines of text, the same in the summary dialog and on the command line. */
public final class ImportSummaryText {

    private ImportSummaryText() {
    }

    /** {@code region}: the country codes of the region, as the country table lists them, for the "Region:" line. */
    public static List<String> lines(TrialImportSummary summary, List<String> region) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("trials.summary.imported", summary.fileName(), ImportFormat.valueOf(summary.format()).label()));
        lines.addAll(countLines(summary, region));
        return lines;
    }

    /** The summary without its first line (the file imported): the counts, per country, and what was skipped. */
    public static List<String> countLines(TrialImportSummary summary, List<String> region) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("trials.summary.counts", summary.studiesRead(), summary.added(), summary.updated(), summary.skipped()));
        StringBuilder counts = new StringBuilder();
        for (String code : region) {
            counts.append(counts.length() == 0 ? "" : ", ").append(countryName(code)).append(' ').append(summary.countFor(code));
        }
        lines.add(Messages.get("trials.summary.region", counts));
        summary.skippedByReason().forEach((reason, count) -> lines.add(Messages.get("trials.summary.skipped", reason, count)));
        for (SkippedStudy example : summary.skippedExamples()) {
            lines.add("    " + example.location() + ": " + example.reason());
        }
        lines.add(Messages.get("trials.summary.countries"));
        summary.countryCounts().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> lines.add(String.format(Locale.ROOT, "  %s %-28s %6d", entry.getKey(),
                        countryName(entry.getKey()), entry.getValue())));
        if (summary.unknownLocations() > 0) {
            lines.add(Messages.get("trials.summary.unknownLocations", summary.unknownLocations()));
            for (String example : summary.unknownLocationExamples()) {
                lines.add("    " + example);
            }
        }
        return lines;
    }

    public static String text(TrialImportSummary summary, List<String> region) {
        return String.join(System.lineSeparator(), lines(summary, region));
    }

    /** "South Korea" for KR; "Hong Kong" for HK (see {@link CountryNames}). */
    public static String countryName(String code) {
        return CountryNames.of(code);
    }
}
