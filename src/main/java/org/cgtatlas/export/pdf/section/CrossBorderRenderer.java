package org.cgtatlas.export.pdf.section;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cgtatlas.export.pdf.ReportContext;
import org.cgtatlas.export.pdf.ReportSection;
import org.cgtatlas.export.pdf.SectionRenderer;
import org.cgtatlas.export.pdf.layout.Align;
import org.cgtatlas.export.pdf.layout.Column;
import org.cgtatlas.export.pdf.layout.Table;
import org.cgtatlas.export.pdf.layout.TableRenderer;
import org.cgtatlas.export.pdf.layout.TextStyle;
import org.cgtatlas.landscape.timeline.CrossBorderMatrix;
import org.cgtatlas.landscape.timeline.EventCountries;

/** The country × country matrix of cross-border events, then the events it counts. */
public final class CrossBorderRenderer implements SectionRenderer {

    private final CrossBorderMatrix matrix;

    public CrossBorderRenderer(CrossBorderMatrix matrix) {
        this.matrix = matrix;
    }

    @Override
    public void render(ReportContext context) {
        context.startSection(ReportSection.CROSS_BORDER_MATRIX, false);
        if (matrix.countedEvents().isEmpty()) {
            context.layout().paragraph("No event in the dataset brings together organizations of two countries.", TextStyle.BODY);
            return;
        }
        context.layout().paragraph("Events between organizations of two countries (by the participating organizations' "
                + "home countries; the event's own countries when none of its organizations has one), as on the Timeline "
                + "screen. An event with participants from three countries counts once for each pair; a country meets "
                + "itself when two of its organizations take part.", TextStyle.NOTE);
        context.layout().advance(6);
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("").asBold());
        matrix.countries().forEach(code -> columns.add(new Column(label(context, code), Align.CENTER, 0.2f, false)));
        Table table = new Table(columns, TextStyle.BODY.withSize(8.5f));
        for (String row : matrix.countries()) {
            List<String> cells = new ArrayList<>();
            cells.add(label(context, row));
            for (String column : matrix.countries()) {
                cells.add(Integer.toString(matrix.count(row, column)));
            }
            table.addRow(cells);
        }
        new TableRenderer(context.layout()).render(table);
        context.layout().advance(6);
        context.layout().heading("The cross-border events", TextStyle.SUBHEADING, 50);
        Table events = new Table(List.of(Column.text("Date").withMaxShare(0.12f), Column.text("Event"),
                Column.text("Organizations"), Column.text("Ref.").withMaxShare(0.1f)), TextStyle.BODY.withSize(8));
        for (var event : matrix.countedEvents()) {
            events.addRow(List.of(event.date() == null ? "undated" : event.date().iso(), event.title(),
                    event.participants().stream().map(participant -> {
                        var organization = context.organization(participant.organizationId());
                        if (organization == null) {
                            return participant.organizationId();
                        }
                        return organization.countryCode() == null ? organization.name()
                                : organization.name() + " (" + organization.countryCode() + ")";
                    }).collect(Collectors.joining(", ")),
                    context.references().cell(event.citations(), event.analystSources())));
        }
        new TableRenderer(context.layout()).render(events);
    }

    private static String label(ReportContext context, String code) {
        return EventCountries.UNKNOWN.equals(code) ? "Other/unknown" : context.countryName(code);
    }
}
