package org.cgtatlas.export.pdf;

import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper a snapshot is laid out for. */
public enum ReportPageSize {
    A4("A4", PDRectangle.A4),
    LETTER("US Letter", PDRectangle.LETTER);

    private final String label;
    private final PDRectangle rectangle;

    ReportPageSize(String label, PDRectangle rectangle) {
        this.label = label;
        this.rectangle = rectangle;
    }

    public String label() {
        return label;
    }

    public PDRectangle rectangle() {
        return rectangle;
    }

    /** The usual paper where the analyst works: US Letter in the United States and Canada, A4 elsewhere. */
    public static ReportPageSize forLocale(Locale locale) {
        String country = locale.getCountry();
        return "US".equals(country) || "CA".equals(country) ? LETTER : A4;
    }

    public static Optional<ReportPageSize> parse(String text) {
        for (ReportPageSize size : values()) {
            if (size.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
