package org.cgtatlas.landscape.countries;

import java.math.BigDecimal;
import java.util.List;
import org.cgtatlas.domain.Citation;

/**
 * One country's value in one comparison row: the text as the source worded it, a detail line (as-of date,
 * counts), the number behind it for charts, and the evidence with citations. A missing value has no number.
 */
public record ComparisonCell(String text, String detail, BigDecimal value, List<Evidence> evidence) {

    public static final String MISSING_TEXT = "—";

    private static final ComparisonCell MISSING = new ComparisonCell(MISSING_TEXT, "", null, List.of());

    public ComparisonCell {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static ComparisonCell missing() {
        return MISSING;
    }

    public boolean isMissing() {
        return this.equals(MISSING);
    }

    public List<Citation> citations() {
        return evidence.stream().flatMap(item -> item.citations().stream()).toList();
    }
}
