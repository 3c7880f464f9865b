package org.cgtatlas.export.pdf.section;

import java.util.List;
import java.util.Map;
import org.cgtatlas.domain.FieldChange;
import org.cgtatlas.export.changes.ChangesSinceOutput;
import org.cgtatlas.export.pdf.ReportContext;
import org.cgtatlas.export.pdf.SectionRenderer;
import org.cgtatlas.export.pdf.layout.ReportLayout;
import org.cgtatlas.export.pdf.layout.TextStyle;
import org.cgtatlas.landscape.history.ChangesSince;
import org.cgtatlas.landscape.history.ChangesSince.Change;
import org.cgtatlas.landscape.history.ChangesSince.RecordDiff;
import org.cgtatlas.landscape.history.RegistryCountsThen.Difference;

/**
 * "What changed since &lt;briefing title, date&gt;": the records added, removed and changed by country, field by field,
 * and the registry counts per country × modality then and now with the trials behind each difference, in the words
 * of {@link ChangesSinceOutput} from the same {@link ChangesSince} the screen shows.
 */
public final class ChangesRenderer implements SectionRenderer {

    private static final TextStyle FIELD = TextStyle.BODY.withSize(8.5f);

    private final ChangesSince changes;

    public ChangesRenderer(ChangesSince changes) {
        this.changes = changes;
    }

    @Override
    public void render(ReportContext context) {
        ReportLayout layout = context.layout();
        String title = ChangesSinceOutput.title(changes);
        layout.newPage(false);
        layout.bookmark(title);
        layout.heading(title, TextStyle.HEADING, 40);
        layout.paragraph("Records: " + ChangesSinceOutput.totals(changes) + ". Data revision " + changes.start().revision()
                + " → " + changes.revisionNow() + (ChangesSinceOutput.filters(changes).isEmpty() ? "."
                : "; only " + ChangesSinceOutput.filters(changes) + "."), TextStyle.BODY);
        layout.paragraph("A record edited several times counts once, with its fields as they were then → as they are now; "
                + "one added and removed since counts not at all.", TextStyle.NOTE);

        layout.advance(8);
        layout.heading("Records by country", TextStyle.SUBHEADING, 60);
        if (changes.records().isEmpty()) {
            layout.paragraph("No record was added, removed or changed.", TextStyle.BODY);
        }
        for (Map.Entry<String, List<RecordDiff>> group : changes.byCountry().entrySet()) {
            String code = group.getKey();
            String name = code.equals(ChangesSince.NO_COUNTRY) ? ChangesSinceOutput.country(code)
                    : context.countryName(code) + " (" + code + ")";
            layout.advance(4);
            layout.heading(name + " — " + ChangesSinceOutput.totals(group.getValue()), TextStyle.BODY.asBold(), 30);
            for (RecordDiff diff : group.getValue()) {
                layout.paragraph(ChangesSinceOutput.recordLine(diff), TextStyle.BODY);
                if (diff.change() == Change.CHANGED) {
                    for (FieldChange field : diff.fields()) {
                        layout.paragraph("    " + ChangesSinceOutput.fieldLine(field), FIELD);
                    }
                }
            }
        }

        layout.advance(8);
        layout.heading("Records by kind", TextStyle.SUBHEADING, 40);
        changes.byKind().forEach((kind, diffs) -> layout.paragraph(kind.key() + ": " + ChangesSinceOutput.totals(diffs),
                TextStyle.BODY));

        layout.advance(8);
        layout.heading("Registry: CGT trials per country × modality, then → now", TextStyle.SUBHEADING, 60);
        if (changes.registry().isEmpty()) {
            layout.paragraph("No registry count per country and modality differs.", TextStyle.BODY);
        }
        for (Difference difference : changes.registry()) {
            layout.paragraph(ChangesSinceOutput.registryLine(difference), TextStyle.BODY);
            if (!difference.entered().isEmpty()) {
                layout.paragraph("    in: " + String.join(", ", difference.entered()), FIELD);
            }
            if (!difference.left().isEmpty()) {
                layout.paragraph("    out: " + String.join(", ", difference.left()), FIELD);
            }
        }
    }
}
