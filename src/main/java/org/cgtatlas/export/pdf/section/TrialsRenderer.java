package org.cgtatlas.export.pdf.section;

import java.util.List;
import org.cgtatlas.domain.RegistrySource;
import org.cgtatlas.export.pdf.ReportContext;
import org.cgtatlas.export.pdf.ReportSection;
import org.cgtatlas.export.pdf.SectionRenderer;
import org.cgtatlas.export.pdf.TrialFigure;
import org.cgtatlas.export.pdf.layout.Column;
import org.cgtatlas.export.pdf.layout.Table;
import org.cgtatlas.export.pdf.layout.TableRenderer;
import org.cgtatlas.export.pdf.layout.TextStyle;
import org.cgtatlas.landscape.trials.RegistryProvenance;

/**
 * Registry CGT trial counts per country and modality with their sources and dates (and WHO's terms for ICTRP data),
 * or an honest note that none have been imported.
 */
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
        List<RegistrySource> sources = context.data().landscape().registryTrials().sources();
        context.layout().paragraph("CGT trials counted from registry data, each trial once however many registers list it: "
                + RegistryProvenance.text(sources) + ".", TextStyle.BODY);
        Table table = new Table(List.of(Column.text("Country").asBold(), Column.text("Modality"), Column.number("CGT trials")),
                TextStyle.BODY.withSize(8.5f));
        for (TrialFigure figure : trials) {
            table.addRow(List.of(context.countryName(figure.countryCode()), figure.modality(), Long.toString(figure.trials())));
        }
        new TableRenderer(context.layout()).render(table);
        for (String terms : RegistryProvenance.terms(sources)) {
            context.layout().paragraph(terms + ".", TextStyle.BODY.asBold());
        }
    }
}
