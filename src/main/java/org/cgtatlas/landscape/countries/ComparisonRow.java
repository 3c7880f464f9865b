package org.cgtatlas.landscape.countries;

import java.util.Map;

/** One row of the comparison: what it shows and each country's cell, by ISO code. */
public record ComparisonRow(ComparisonRowKind kind, String label, Map<String, ComparisonCell> cells) {

    public ComparisonRow {
        cells = Map.copyOf(cells);
    }

    public ComparisonCell cell(String countryCode) {
        return cells.getOrDefault(countryCode, ComparisonCell.missing());
    }
}
