package org.cgtatlas.export.pdf.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.MetricKind;
import org.cgtatlas.domain.Milestone;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.export.pdf.ReportContext;
import org.cgtatlas.export.pdf.ReportData;
import org.cgtatlas.export.pdf.ReportSection;
import org.cgtatlas.export.pdf.SectionRenderer;
import org.cgtatlas.export.pdf.chart.HorizontalBarChart;
import org.cgtatlas.export.pdf.chart.Palette;
import org.cgtatlas.export.pdf.chart.StackedBarChart;
import org.cgtatlas.export.pdf.layout.Column;
import org.cgtatlas.export.pdf.layout.ReportLayout;
import org.cgtatlas.export.pdf.layout.Table;
import org.cgtatlas.export.pdf.layout.TableRenderer;
import org.cgtatlas.export.pdf.layout.Rgb;
import org.cgtatlas.export.pdf.layout.TextStyle;

/** The dataset at a glance per country, and two charts: approvals per country, programmes per modality per country. */
public final class OverviewRenderer implements SectionRenderer {

    static final String NOT_STATED = "Modality not stated";
    static final String ONCE_RULE = "Each happening is counted once: a highlight that an event also records counts under "
            + "Events only; \"Other highlights\" are those no event records.";

    private final ComparisonTable comparison;

    public OverviewRenderer(ComparisonTable comparison) {
        this.comparison = comparison;
    }

    /** A country's highlights that no event records: with its events, each happening counted once. */
    public static List<Milestone> otherHighlights(ReportData data, String code) {
        return data.milestones().stream().filter(milestone -> code.equals(milestone.countryCode()))
                .filter(milestone -> !milestone.restatesAnEvent()).toList();
    }

    @Override
    public void render(ReportContext context) {
        context.startSection(ReportSection.OVERVIEW, false);
        ReportLayout layout = context.layout();
        ReportData data = context.data();
        layout.heading("The dataset at a glance", TextStyle.SUBHEADING, 60);
        Table glance = new Table(List.of(Column.text("Country").asBold(), Column.number("Organizations"),
                Column.number("Programmes"), Column.number("Pipeline listings"), Column.number("Events"),
                Column.number("Other highlights"), Column.number("People named")), TextStyle.BODY.withSize(8.5f));
        for (Country country : data.regionCountries()) {
            String code = country.code();
            glance.addRow(List.of(country.name() + " " + country.localName(),
                    count(data.organizations().stream().filter(o -> code.equals(o.countryCode())).count()),
                    count(data.programmes().stream().filter(p -> code.equals(p.countryCode())).count()),
                    count(data.listings().stream().filter(l -> code.equals(l.countryCode())).count()),
                    count(data.events().stream().filter(e -> e.countryCodes().contains(code)).count()),
                    count(otherHighlights(data, code).size()),
                    count(data.people().stream().filter(p -> code.equals(p.countryCode())).count())));
        }
        new TableRenderer(layout).render(glance);
        layout.paragraph(ONCE_RULE, TextStyle.BODY.withSize(8).withColor(Rgb.MUTED));
        layout.advance(8);

        layout.heading("Approved CGT products per country", TextStyle.SUBHEADING, 80);
        List<HorizontalBarChart.Bar> bars = new ArrayList<>();
        for (Country country : comparison.countries()) {
            ComparisonTable.Cell total = comparison.cell(MetricKind.APPROVED_CGT_PRODUCTS.label(), country.code()).orElseThrow();
            bars.add(total.value() == null
                    ? new HorizontalBarChart.Bar(country.name(), null, "no total in the dataset" + otherApprovals(context, country))
                    : new HorizontalBarChart.Bar(country.name(), total.value().doubleValue(), describe(context, total)));
        }
        float height = HorizontalBarChart.height(bars);
        layout.ensure(height);
        HorizontalBarChart.draw(layout.canvas(), layout.left(), layout.cursor(), layout.width(), bars);
        layout.advance(height);
        layout.advance(10);

        layout.heading("Programmes per modality per country", TextStyle.SUBHEADING, 80);
        List<String> modalities = modalitiesPresent(data.programmes());
        List<StackedBarChart.Series> series = new ArrayList<>();
        for (int i = 0; i < modalities.size(); i++) {
            String label = modalities.get(i);
            series.add(new StackedBarChart.Series(label, NOT_STATED.equals(label) ? Palette.NOT_STATED : Palette.colour(i)));
        }
        List<StackedBarChart.Category> categories = new ArrayList<>();
        for (Country country : data.regionCountries()) {
            List<Integer> values = modalities.stream().map(modality -> (int) data.programmes().stream()
                    .filter(p -> country.code().equals(p.countryCode()) && modalityLabel(p).equals(modality)).count()).toList();
            categories.add(new StackedBarChart.Category(country.name(), values));
        }
        float chartHeight = StackedBarChart.height(layout.canvas(), layout.width(), categories, series);
        layout.ensure(chartHeight);
        StackedBarChart.draw(layout.canvas(), layout.left(), layout.cursor(), layout.width(), categories, series);
        layout.advance(chartHeight);
    }

    private String otherApprovals(ReportContext context, Country country) {
        StringBuilder text = new StringBuilder();
        for (MetricKind kind : ComparisonTable.APPROVALS.subList(1, ComparisonTable.APPROVALS.size())) {
            comparison.cell(kind.label(), country.code()).filter(cell -> !cell.isMissing())
                    .ifPresent(cell -> text.append("; ").append(kind.label().toLowerCase(Locale.ROOT))
                            .append(": ").append(describe(context, cell)));
        }
        return text.toString();
    }

    private static String describe(ReportContext context, ComparisonTable.Cell cell) {
        return cell.text() + (cell.asOf() == null ? "" : " (as of " + cell.asOf() + ")") + context.references().mark(cell.citations());
    }

    /** Modalities in enum order, "not stated" last. */
    static List<String> modalitiesPresent(List<Programme> programmes) {
        List<String> present = new ArrayList<>();
        for (Modality modality : Modality.values()) {
            if (programmes.stream().anyMatch(p -> p.modality() == modality)) {
                present.add(modality.label());
            }
        }
        if (programmes.stream().map(Programme::modality).anyMatch(Objects::isNull)) {
            present.add(NOT_STATED);
        }
        return present;
    }

    private static String modalityLabel(Programme programme) {
        return programme.modality() == null ? NOT_STATED : programme.modality().label();
    }

    private static String count(long value) {
        return Long.toString(value);
    }
}
