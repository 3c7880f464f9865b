package org.cgtatlas.export.pdf.section;

import java.util.List;
import org.cgtatlas.domain.Source;
import org.cgtatlas.export.pdf.References;
import org.cgtatlas.export.pdf.ReportContext;
import org.cgtatlas.export.pdf.ReportSection;
import org.cgtatlas.export.pdf.SectionRenderer;
import org.cgtatlas.export.pdf.layout.Column;
import org.cgtatlas.export.pdf.layout.Table;
import org.cgtatlas.export.pdf.layout.TableRenderer;
import org.cgtatlas.export.pdf.layout.TextStyle;

/** The appendix: every reference number used in the report, resolved to its source and the quoted passage. */
public final class SourcesRenderer implements SectionRenderer {

    @Override
    public void render(ReportContext context) {
        context.startSection(ReportSection.SOURCES, false);
        context.layout().heading("Documents", TextStyle.SUBHEADING, 50);
        Table documents = new Table(List.of(Column.text("Source").withMaxShare(0.6f), Column.text("Publisher"),
                Column.text("Published").withMaxShare(0.12f), Column.text("Language").withMaxShare(0.1f)),
                TextStyle.BODY.withSize(8));
        for (Source source : context.data().sources()) {
            documents.addRow(List.of(source.title(), orDash(source.publisher()),
                    source.publishedOn() == null ? "—" : source.publishedOn().iso(), orDash(source.language())));
        }
        new TableRenderer(context.layout()).render(documents);
        context.layout().advance(6);
        renderInferences(context);
        context.layout().heading("References", TextStyle.SUBHEADING, 50);
        List<References.Entry> entries = context.references().entries();
        if (entries.isEmpty()) {
            context.layout().paragraph("The sections chosen cite no passages.", TextStyle.BODY);
            return;
        }
        Table references = new Table(List.of(Column.number("Ref.").withMaxShare(0.06f),
                Column.text("Source").withMaxShare(0.3f), Column.text("Quoted passage").withMaxShare(0.64f)),
                TextStyle.BODY.withSize(8));
        for (References.Entry entry : entries) {
            references.addRow(List.of("[" + entry.number() + "]", sourceText(context, entry), passage(entry)));
        }
        new TableRenderer(context.layout()).render(references);
    }

    private static void renderInferences(ReportContext context) {
        List<CuratorInferences.Line> lines = CuratorInferences.of(context.data());
        if (lines.isEmpty()) {
            return;
        }
        context.layout().heading("Curator's inferences (" + CuratorInferences.MARK.strip() + ")", TextStyle.SUBHEADING, 50);
        context.layout().paragraph("Values marked " + CuratorInferences.MARK.strip() + " are not stated by the cited passages; "
                + "the curator concluded them, for the reason given here. Every other value is stated by its source.",
                TextStyle.BODY.withSize(8));
        Table table = new Table(List.of(Column.text("Fact").withMaxShare(0.4f), Column.text("Field").withMaxShare(0.14f),
                Column.text("Reason").withMaxShare(0.46f)), TextStyle.BODY.withSize(8));
        lines.forEach(line -> table.addRow(List.of(line.fact(), line.field(), line.reason())));
        new TableRenderer(context.layout()).render(table);
        context.layout().advance(6);
    }

    /** A bundled source by its title; an analyst's by title or address, publisher, date and the day it was read. */
    private static String sourceText(ReportContext context, References.Entry entry) {
        if (entry.citation() == null) {
            return "Analyst's source: " + entry.analystSource().citationText();
        }
        Source source = context.source(entry.citation().sourceId());
        return source == null ? entry.citation().sourceId() : source.title();
    }

    private static String passage(References.Entry entry) {
        String quote = entry.citation() != null ? entry.citation().quote() : entry.analystSource().passage();
        return quote == null || quote.isBlank() ? "—" : "\"" + quote.strip() + "\"";
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
