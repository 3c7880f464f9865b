package org.cgtatlas.export.pdf.section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.MetricKind;
import org.cgtatlas.domain.MilestoneCategory;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.export.pdf.ReportData;
import org.cgtatlas.landscape.countries.LatestMilestone;

/**
 * The country comparison: one column per in-region country, figures as the sources word them with their as-of
 * dates, the latest regulatory and manufacturing milestones, and counts of programmes and events.
 * A missing figure is {@link #MISSING}.
 */
public record ComparisonTable(List<Country> countries, List<Row> rows) {

    public static final String MISSING = "—";

    /** The approval figures, the overall count first. */
    public static final List<MetricKind> APPROVALS = List.of(
            MetricKind.APPROVED_CGT_PRODUCTS, MetricKind.APPROVED_GENE_THERAPIES, MetricKind.APPROVED_CELL_THERAPIES,
            MetricKind.APPROVED_AUTOLOGOUS_CELL_THERAPIES);

    private static final List<MetricKind> FIGURES = List.of(
            MetricKind.APPROVED_CGT_PRODUCTS, MetricKind.APPROVED_GENE_THERAPIES, MetricKind.APPROVED_CELL_THERAPIES,
            MetricKind.APPROVED_AUTOLOGOUS_CELL_THERAPIES, MetricKind.CGT_TRIALS_ONGOING, MetricKind.CELL_THERAPY_TRIALS,
            MetricKind.GENE_THERAPY_TRIALS, MetricKind.CAR_T_TRIALS, MetricKind.CAR_T_PIPELINE);

    /** A row label and one cell per country. */
    public record Row(String label, List<Cell> cells) {
    }

    /**
     * The text of a cell, the date it is stated for (may be null), its number where it is a figure (the lower
     * bound, for charts; null otherwise) and the passages it is quoted from.
     */
    public record Cell(String text, String asOf, BigDecimal value, List<Citation> citations) {
        static Cell missing() {
            return new Cell(MISSING, null, null, List.of());
        }

        public boolean isMissing() {
            return MISSING.equals(text);
        }
    }

    public static ComparisonTable build(ReportData data) {
        List<Country> countries = data.regionCountries();
        List<Row> rows = new ArrayList<>();
        for (MetricKind kind : FIGURES) {
            rows.add(new Row(kind.label(), countries.stream().map(country -> figure(data, country, kind)).toList()));
        }
        rows.add(new Row("Regulatory: latest milestone",
                countries.stream().map(country -> latestMilestone(data, country, MilestoneCategory.REGULATORY)).toList()));
        rows.add(new Row("Manufacturing: latest milestone",
                countries.stream().map(country -> latestMilestone(data, country, MilestoneCategory.MANUFACTURING)).toList()));
        rows.add(new Row("Programmes in the dataset", countries.stream().map(country -> count(
                data.programmes().stream().filter(programme -> country.code().equals(programme.countryCode())).count())).toList()));
        rows.add(new Row("Collaboration events", countries.stream().map(country -> count(
                data.events().stream().filter(event -> event.countryCodes().contains(country.code())).count())).toList()));
        return new ComparisonTable(countries, rows);
    }

    /** The cell of {@code label}'s row for {@code countryCode}. */
    public Optional<Cell> cell(String label, String countryCode) {
        int column = countries.stream().map(Country::code).toList().indexOf(countryCode);
        return rows.stream().filter(row -> row.label().equals(label)).findFirst()
                .filter(row -> column >= 0).map(row -> row.cells().get(column));
    }

    private static Cell figure(ReportData data, Country country, MetricKind kind) {
        return data.metrics().stream()
                .filter(metric -> metric.kind() == kind && country.code().equals(metric.countryCode()))
                .max(Comparator.comparing(CountryMetric::asOf, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(metric -> new Cell(metric.wording(), iso(metric.asOf()), metric.value(), metric.citations()))
                .orElseGet(Cell::missing);
    }

    /** The Countries screen's rule ({@link LatestMilestone}): an undated milestone is never called the latest. */
    private static Cell latestMilestone(ReportData data, Country country, MilestoneCategory category) {
        LatestMilestone milestones = LatestMilestone.of(data.milestones(), country.code(), category);
        if (milestones.isEmpty()) {
            return Cell.missing();
        }
        return milestones.named()
                .map(milestone -> new Cell(milestone.title(), iso(milestone.date()), null, milestone.citations()))
                .orElseGet(() -> new Cell(milestones.headline(), milestones.countText(), null,
                        milestones.ordered().stream().flatMap(milestone -> milestone.citations().stream()).toList()));
    }

    private static Cell count(long count) {
        return new Cell(Long.toString(count), null, BigDecimal.valueOf(count), List.of());
    }

    private static String iso(PartialDate date) {
        return date == null ? null : date.iso();
    }
}
