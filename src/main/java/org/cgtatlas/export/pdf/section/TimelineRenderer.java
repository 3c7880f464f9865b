package org.cgtatlas.export.pdf.section;

import java.util.List;
import java.util.stream.Collectors;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.export.pdf.ReportContext;
import org.cgtatlas.export.pdf.ReportSection;
import org.cgtatlas.export.pdf.SectionRenderer;
import org.cgtatlas.export.pdf.layout.Column;
import org.cgtatlas.export.pdf.layout.ReportLayout;
import org.cgtatlas.export.pdf.layout.Table;
import org.cgtatlas.export.pdf.layout.TableRenderer;
import org.cgtatlas.export.pdf.layout.TextStyle;

/**
 * The timeline section on landscape pages: the {@link TimelineFigure}, then the numbered list of dated events,
 * and the undated ones.
 */
public final class TimelineRenderer implements SectionRenderer {

    private final TimelineData timeline;

    public TimelineRenderer(TimelineData timeline) {
        this.timeline = timeline;
    }

    @Override
    public void render(ReportContext context) {
        context.startSection(ReportSection.TIMELINE, true);
        ReportLayout layout = context.layout();
        List<CollaborationEvent> dated = timeline.dated();
        if (dated.isEmpty()) {
            layout.paragraph("No dated events to place on the timeline.", TextStyle.BODY);
        } else {
            layout.paragraph(dated.size() + " dated events, numbered in date order; a month or a year stated without a day "
                    + "is drawn as the span it covers. " + timeline.undated().size() + " undated events are listed after the figure.",
                    TextStyle.NOTE);
            layout.advance(6);
            new TimelineFigure(timeline).draw(context, dated);
        }
        eventTable(context, "Dated events", dated, true);
        eventTable(context, "Undated events", timeline.undated(), false);
    }

    private void eventTable(ReportContext context, String title, List<CollaborationEvent> events, boolean numbered) {
        if (events.isEmpty()) {
            return;
        }
        ReportLayout layout = context.layout();
        layout.heading(title, TextStyle.SUBHEADING, 50);
        Table table = new Table(List.of(Column.number("No.").withMaxShare(0.05f), Column.text("Date").withMaxShare(0.12f),
                Column.text("Type").withMaxShare(0.14f), Column.text("Event").withMaxShare(0.45f),
                Column.text("Countries").withMaxShare(0.2f), Column.text("Ref.").withMaxShare(0.08f)),
                TextStyle.BODY.withSize(8));
        int number = 1;
        for (CollaborationEvent event : events) {
            String date = event.date() == null ? "undated"
                    : event.date().iso() + (event.endDate() == null ? "" : " – " + event.endDate().iso());
            table.addRow(List.of(numbered ? Integer.toString(number++) : "—", date, event.type().label(), event.title(),
                    event.countryCodes().stream().map(context::countryName).collect(Collectors.joining(", ")),
                    context.references().cell(event.citations(), event.analystSources())));
        }
        new TableRenderer(layout).render(table);
    }
}
