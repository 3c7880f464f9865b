package org.cgtatlas.export.pdf.section;

import java.util.List;
import org.cgtatlas.export.pdf.ReportContext;
import org.cgtatlas.export.pdf.ReportSection;
import org.cgtatlas.export.pdf.SectionRenderer;
import org.cgtatlas.export.pdf.layout.Column;
import org.cgtatlas.export.pdf.layout.Table;
import org.cgtatlas.export.pdf.layout.TableRenderer;
import org.cgtatlas.export.pdf.layout.TextStyle;

/** The pipeline table on landscape pages, its header repeated on every page. */
public final class PipelineRenderer implements SectionRenderer {

    private final List<PipelineRows.Row> rows;

    public PipelineRenderer(List<PipelineRows.Row> rows) {
        this.rows = rows;
    }

    @Override
    public void render(ReportContext context) {
        context.startSection(ReportSection.PIPELINE, true);
        long bare = rows.stream().filter(row -> PipelineRows.NO_NAMED_PROGRAMME.equals(row.programme())).count();
        context.layout().paragraph(rows.size() + " rows: " + (rows.size() - bare) + " programmes and " + bare
                + " listed companies without a named programme.", TextStyle.NOTE);
        context.layout().advance(6);
        Table table = new Table(List.of(
                Column.text("Country").withMaxShare(0.1f),
                Column.text("Organization").withMaxShare(0.2f).asBold(),
                Column.text("Programme").withMaxShare(0.2f),
                Column.text("Modality").withMaxShare(0.12f),
                Column.text("Target").withMaxShare(0.1f),
                Column.text("Indication").withMaxShare(0.16f),
                Column.text("Stage / status").withMaxShare(0.2f),
                Column.text("Ref.").withMaxShare(0.08f)), TextStyle.BODY.withSize(8));
        for (PipelineRows.Row row : rows) {
            String marks = context.references().mark(row.citations()).strip();
            table.addRow(List.of(context.countryName(row.countryCode()), context.organizationLabel(row.organizationId()),
                    row.programme(), row.modality(), row.target(), row.indication(), row.stage(), marks));
        }
        new TableRenderer(context.layout()).render(table);
    }
}
