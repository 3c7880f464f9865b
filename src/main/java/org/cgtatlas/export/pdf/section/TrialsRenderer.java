package org.cgtatlas.export.pdf.section;

import java.util.List;
import org.cgtatlas.export.pdf.ReportContext;
import org.cgtatlas.export.pdf.ReportSection;
import org.cgtatlas.export.pdf.SectionRenderer;
import org.cgtatlas.export.pdf.TrialFigure;
import org.cgtatlas.export.pdf.layout.Column;
import org.cgtatlas.export.pdf.layout.Table;
import org.cgtatlas.export.pdf.layout.TableRenderer;
import org.cgtatlas.export.pdf.layout.TextStyle;

/** Registry trial counts per country and modality, or an honest note that none have been imported. */
public final class TrialsRenderer implements SectionRenderer {

    public static final String NONE_IMPORTED = "No registry trials imported.";

    @Override
    public void render(ReportContext context) {
        context.startSection(ReportSection.TRIALS, false);
        List<TrialFigure> trials = context.data().trials();
        if (trials.isEmpty()) {
            context.layout().paragraph(NONE_IMPORTED, TextStyle.BODY.asBold());
            context.layout().paragraph("This snapshot counts no clinical-registry trials: none have been imported into this "
                    + "data folder. The trial figures in the country comparison are the ones the sources state.", TextStyle.BODY);
            return;
        }
        Table table = new Table(List.of(Column.text("Country").asBold(), Column.text("Modality"), Column.number("Trials")),
                TextStyle.BODY.withSize(8.5f));
        for (TrialFigure figure : trials) {
            table.addRow(List.of(context.countryName(figure.countryCode()), figure.modality(), Long.toString(figure.trials())));
        }
        new TableRenderer(context.layout()).render(table);
    }
}
