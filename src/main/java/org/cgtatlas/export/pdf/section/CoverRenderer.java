package org.cgtatlas.export.pdf.section;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cgtatlas.export.pdf.ReportContext;
import org.cgtatlas.export.pdf.ReportData;
import org.cgtatlas.export.pdf.SectionRenderer;
import org.cgtatlas.export.pdf.SnapshotReport;
import org.cgtatlas.export.pdf.layout.Align;
import org.cgtatlas.export.pdf.layout.Canvas;
import org.cgtatlas.export.pdf.layout.Column;
import org.cgtatlas.export.pdf.layout.ReportLayout;
import org.cgtatlas.export.pdf.layout.Rgb;
import org.cgtatlas.export.pdf.layout.Table;
import org.cgtatlas.export.pdf.layout.TableRenderer;
import org.cgtatlas.export.pdf.layout.TextStyle;

/** The cover: title, the countries covered, the data's as-of date, when it was exported, the dataset version, filters. */
public final class CoverRenderer implements SectionRenderer {

    private static final float CONTENTS_LINE = 17;

    private float contentsTop;

    private static final DateTimeFormatter EXPORTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm ('UTC'xxx)", Locale.ROOT);

    @Override
    public void render(ReportContext context) {
        ReportLayout layout = context.layout();
        ReportData data = context.data();
        layout.newPage(false);
        layout.bookmark("Cover");
        Canvas canvas = layout.canvas();
        canvas.fillRect(0, 0, layout.width() + 2 * ReportLayout.MARGIN, 8, Rgb.ACCENT);
        layout.advance(120);
        canvas.text("CGT ATLAS", layout.left(), layout.cursor(), TextStyle.SUBHEADING.withColor(Rgb.ACCENT), Align.LEFT);
        layout.advance(14);
        layout.paragraph(SnapshotReport.TITLE, TextStyle.TITLE.withSize(28));
        layout.advance(6);
        String countries = data.regionCountries().stream().map(country -> country.name() + " " + country.localName())
                .collect(Collectors.joining("  ·  "));
        layout.paragraph(countries, TextStyle.SUBHEADING.withColor(Rgb.MUTED));
        layout.advance(28);
        canvas.line(layout.left(), layout.cursor(), layout.left() + layout.width(), layout.cursor(), Rgb.RULE, 0.8f);
        layout.advance(14);

        Table facts = new Table(List.of(Column.text("").asBold().withMaxShare(0.3f), Column.text("").withMaxShare(0.7f)),
                TextStyle.BODY.withSize(10.5f)).withoutHeader();
        facts.addRow(List.of("Data as of", data.asOf() == null ? "not stated in the dataset" : data.asOf().iso()));
        facts.addRow(List.of("Exported", EXPORTED.format(data.exportedAt())));
        facts.addRow(List.of("Dataset version", data.datasetVersion() == null ? "—" : data.datasetVersion()));
        facts.addRow(List.of("Filters applied", data.filter().describe(context::countryName)));
        facts.addRow(List.of("Paper", context.request().pageSize().label()));
        new TableRenderer(layout).render(facts);
        layout.advance(20);
        contentsTop = layout.cursor();
        layout.advance(CONTENTS_LINE * (context.request().sections().size() + 2) + 8);
        layout.paragraph("Figures are quoted as the sources word them (\"300+\", \"over 220\"), with the date they are stated "
                + "for. Numbers in brackets [n] refer to the quoted passages listed under Sources at the end.", TextStyle.NOTE);
        layout.paragraph("Countries in region: " + data.landscape().regionCountries().size()
                + ". Organizations: " + data.organizations().size() + ". Programmes: " + data.programmes().size()
                + ". Events: " + data.events().size() + ".", TextStyle.NOTE);
    }

    /** Fills the space kept on the cover with each section and the page it starts on, once all pages exist. */
    public void drawContents(ReportLayout layout) {
        List<ReportLayout.Bookmark> sections = layout.bookmarks().stream().filter(bookmark -> bookmark.page() > 1).toList();
        float left = layout.left();
        float right = layout.left() + layout.width();
        layout.drawOn(1, canvas -> {
            canvas.text("Contents", left, contentsTop + 12, TextStyle.SUBHEADING, Align.LEFT);
            float baseline = contentsTop + 12 + CONTENTS_LINE + 4;
            for (ReportLayout.Bookmark section : sections) {
                canvas.text(section.title(), left, baseline, TextStyle.BODY.withSize(10.5f), Align.LEFT);
                canvas.text(Integer.toString(section.page()), right, baseline, TextStyle.BODY.withSize(10.5f), Align.RIGHT);
                canvas.line(left, baseline + 5, right, baseline + 5, Rgb.RULE, 0.4f);
                baseline += CONTENTS_LINE;
            }
        });
    }
}
