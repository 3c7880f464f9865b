package org.cgtatlas.export.pdf;

import java.util.Locale;
import java.util.Optional;

/** The parts an analyst can choose for a snapshot, in the order they are printed (the cover always comes first). */
public enum ReportSection {
    OVERVIEW("Overview", "overview"),
    COUNTRY_COMPARISON("Country comparison", "comparison"),
    PIPELINE("Pipeline", "pipeline"),
    TIMELINE("Timeline of collaborations", "timeline"),
    CROSS_BORDER_MATRIX("Cross-border collaborations", "matrix"),
    TRIALS("Clinical trials", "trials"),
    SOURCES("Sources", "sources");

    private final String title;
    private final String shortName;

    ReportSection(String title, String shortName) {
        this.title = title;
        this.shortName = shortName;
    }

    public String title() {
        return title;
    }

    /** The command-line name, e.g. "comparison"; {@link #parse} also takes "country-comparison". */
    public String shortName() {
        return shortName;
    }

    public static Optional<ReportSection> parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ReportSection section : values()) {
            if (section.shortName.equals(wanted) || section.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(wanted)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }
}
