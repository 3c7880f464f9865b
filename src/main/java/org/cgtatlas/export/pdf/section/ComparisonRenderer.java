package org.cgtatlas.export.pdf.section;

import java.util.ArrayList;
import java.util.List;
import org.cgtatlas.domain.Country;
import org.cgtatlas.export.pdf.ReportContext;
import org.cgtatlas.export.pdf.ReportSection;
import org.cgtatlas.export.pdf.SectionRenderer;
import org.cgtatlas.export.pdf.layout.Column;
import org.cgtatlas.export.pdf.layout.Table;
import org.cgtatlas.export.pdf.layout.TableRenderer;
import org.cgtatlas.export.pdf.layout.TextStyle;

/** The country comparison table, one column per in-region country. */
public final class ComparisonRenderer implements SectionRenderer {

    private final ComparisonTable comparison;

    public ComparisonRenderer(ComparisonTable comparison) {
        this.comparison = comparison;
    }

    @Override
    public void render(ReportContext context) {
        context.startSection(ReportSection.COUNTRY_COMPARISON, false);
        context.layout().paragraph("Figures are given as the sources word them, with the date they are stated for. "
                + "— means the dataset has no figure for that country.", TextStyle.NOTE);
        context.layout().advance(6);
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("").withMaxShare(0.22f).asBold());
        for (Country country : comparison.countries()) {
            columns.add(Column.text(country.name() + "\n" + country.localName()).withMaxShare(0.3f));
        }
        Table table = new Table(columns, TextStyle.BODY.withSize(8.5f));
        for (ComparisonTable.Row row : comparison.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.label());
            for (ComparisonTable.Cell cell : row.cells()) {
                String asOf = cell.asOf() == null ? "" : "\nas of " + cell.asOf();
                cells.add(cell.text() + asOf + context.references().mark(cell.citations()));
            }
            table.addRow(cells);
        }
        new TableRenderer(context.layout()).render(table);
    }
}
