package org.cgtatlas.export.pdf.section;

import java.util.Comparator;
import java.util.List;
import org.cgtatlas.domain.Inference;
import org.cgtatlas.export.pdf.ReportContext;
import org.cgtatlas.export.pdf.ReportSection;
import org.cgtatlas.export.pdf.SectionRenderer;
import org.cgtatlas.export.pdf.layout.Column;
import org.cgtatlas.export.pdf.layout.Table;
import org.cgtatlas.export.pdf.layout.TableRenderer;
import org.cgtatlas.export.pdf.layout.TextStyle;
import org.cgtatlas.landscape.pipeline.PipelineCount;
import org.cgtatlas.landscape.pipeline.PipelineRow;

/**
 * The pipeline table on landscape pages, its header repeated on every page: the Pipeline screen's rows, grouped by
 * country (in name order), then by organization and programme.
 */
public final class PipelineRenderer implements SectionRenderer {

    static final String NO_NAMED_PROGRAMME = "(listed; no named programme)";
    private static final String MISSING = "—";

    private final List<PipelineRow> rows;

    public PipelineRenderer(List<PipelineRow> rows) {
        this.rows = rows;
    }

    @Override
    public void render(ReportContext context) {
        context.startSection(ReportSection.PIPELINE, true);
        List<PipelineRow> ordered = rows.stream()
                .sorted(Comparator.comparing((PipelineRow row) -> context.countryName(row.countryCode()))
                        .thenComparing(PipelineRow::company, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(PipelineRow::programmeName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        context.layout().paragraph(rows.size() + " rows: " + PipelineCount.of(rows).inWords() + "."
                + CuratorInferences.LEGEND, TextStyle.NOTE);
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
        for (PipelineRow row : ordered) {
            String marks = context.references().cell(row.citations(), row.analystSources());
            String target = row.programme() == null ? null : row.programme().target();
            List<Inference> inferred = row.isListing() ? List.of() : row.programme().inferred();
            table.addRow(List.of(context.countryName(row.countryCode()), context.organizationLabel(row.organizationId()),
                    row.isListing() ? NO_NAMED_PROGRAMME
                            : CuratorInferences.flag(row.programmeName(), inferred, "name", "organizationId", "countryCode",
                                    "partnerIds"),
                    CuratorInferences.flag(orMissing(row.modalityLabel()), inferred, "modality"),
                    CuratorInferences.flag(orMissing(target), inferred, "target"),
                    CuratorInferences.flag(orMissing(row.indication()), inferred, "indication"),
                    CuratorInferences.flag(orMissing(row.stageOrStatus()), inferred, "stage", "statusText"), marks));
        }
        new TableRenderer(context.layout()).render(table);
    }

    private static String orMissing(String text) {
        return text == null || text.isBlank() ? MISSING : text;
    }
}
