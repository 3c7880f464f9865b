package org.cgtatlas.export.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link Table} in the flow of a {@link ReportLayout}: column widths fitted to the page, cells wrapped,
 * rows striped, and the header row repeated at the top of every page the table runs onto. A row taller than
 * a whole page continues on the next one.
 */
public final class TableRenderer {

    private static final float PAD_X = 3.5f;
    private static final float PAD_Y = 2.5f;
    private static final float MAX_WORD_SHARE = 0.18f;

    private final ReportLayout layout;

    public TableRenderer(ReportLayout layout) {
        this.layout = layout;
    }

    public void render(Table table) {
        ReportFont font = layout.font();
        TextStyle style = table.style();
        List<Column> columns = table.columns();
        float available = layout.width();
        List<List<String>> printableRows = new ArrayList<>(table.rows().size());
        for (List<String> row : table.rows()) {
            printableRows.add(row.stream().map(font::printable).toList());
        }
        List<String> headers = columns.stream().map(column -> font.printable(column.header())).toList();
        float[] widths = widths(table, headers, printableRows, available);
        Wrapped header = table.hasHeader() ? wrap(headers, widths, style.asBold()) : null;
        float headerHeight = header == null ? 0 : header.height(style);

        layout.ensure(headerHeight + style.leading() + 2 * PAD_Y);
        drawHeader(header, widths, columns, style);
        int index = 0;
        for (List<String> row : printableRows) {
            Wrapped wrapped = wrap(row, widths, style);
            Rgb fill = index++ % 2 == 1 ? Rgb.STRIPE_FILL : null;
            int from = 0;
            while (from < wrapped.lineCount()) {
                int fitting = (int) ((layout.remaining() - 2 * PAD_Y) / style.leading());
                int needed = wrapped.lineCount() - from;
                boolean wholeRowFitsOnAFreshPage = needed * style.leading() + 2 * PAD_Y + headerHeight <= layout.pageContentHeight();
                if (fitting < needed && (wholeRowFitsOnAFreshPage && from == 0 || fitting < 1)) {
                    layout.newPage(layout.landscape());
                    drawHeader(header, widths, columns, style);
                    continue;
                }
                int lines = Math.min(fitting, needed);
                drawRow(wrapped, widths, columns, style, fill, from, from + lines);
                from += lines;
            }
        }
        layout.advance(style.size());
    }

    private void drawHeader(Wrapped header, float[] widths, List<Column> columns, TextStyle style) {
        if (header != null) {
            drawRow(header, widths, columns, style.asBold(), Rgb.HEADER_FILL, 0, header.lineCount());
        }
    }

    private float[] widths(Table table, List<String> headers, List<List<String>> rows, float available) {
        ReportFont font = layout.font();
        List<Column> columns = table.columns();
        TextStyle style = table.style();
        int count = columns.size();
        float[] natural = new float[count];
        float[] minimum = new float[count];
        if (table.hasHeader()) {
            for (int i = 0; i < count; i++) {
                natural[i] = widest(headers.get(i), style.asBold(), font);
                minimum[i] = widestWord(headers.get(i), style, font);
            }
        }
        for (List<String> row : rows) {
            for (int i = 0; i < count; i++) {
                natural[i] = Math.max(natural[i], widest(row.get(i), style, font));
                minimum[i] = Math.max(minimum[i], widestWord(row.get(i), style, font));
            }
        }
        for (int i = 0; i < count; i++) {
            natural[i] = Math.min(natural[i], columns.get(i).maxShare() * available) + 2 * PAD_X + 1;
            minimum[i] = Math.min(Math.min(minimum[i], MAX_WORD_SHARE * available) + 2 * PAD_X + 1, natural[i]);
        }
        return ColumnWidths.fit(natural, minimum, available);
    }

    private static float widest(String text, TextStyle style, ReportFont font) {
        float widest = 0;
        for (String line : text.split("\n")) {
            widest = Math.max(widest, font.width(line, style.size()));
        }
        return widest;
    }

    private static float widestWord(String text, TextStyle style, ReportFont font) {
        float widest = 0;
        for (String token : TextWrapper.tokens(text.replace('\n', ' '))) {
            widest = Math.max(widest, font.width(token.strip(), style.size()));
        }
        return widest;
    }

    private Wrapped wrap(List<String> cells, float[] widths, TextStyle style) {
        List<List<String>> lines = new ArrayList<>(cells.size());
        int most = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> cellLines = layout.wrapper().wrap(cells.get(i), style.size(), widths[i] - 2 * PAD_X);
            lines.add(cellLines);
            most = Math.max(most, cellLines.size());
        }
        return new Wrapped(lines, most);
    }

    private void drawRow(Wrapped row, float[] widths, List<Column> columns, TextStyle style, Rgb fill, int from, int to) {
        Canvas canvas = layout.canvas();
        float top = layout.cursor();
        float height = (to - from) * style.leading() + 2 * PAD_Y;
        float x = layout.left();
        float total = 0;
        for (float width : widths) {
            total += width;
        }
        if (fill != null) {
            canvas.fillRect(x, top, total, height, fill);
        }
        for (int column = 0; column < widths.length; column++) {
            List<String> lines = row.lines().get(column);
            TextStyle cellStyle = columns.get(column).bold() ? style.asBold() : style;
            Align align = columns.get(column).align();
            float textX = switch (align) {
                case LEFT -> x + PAD_X;
                case CENTER -> x + widths[column] / 2;
                case RIGHT -> x + widths[column] - PAD_X;
            };
            for (int line = from; line < Math.min(to, lines.size()); line++) {
                float baseline = top + PAD_Y + (line - from) * style.leading() + style.size();
                canvas.text(lines.get(line), textX, baseline, cellStyle, align);
            }
            x += widths[column];
        }
        canvas.line(layout.left(), top + height, layout.left() + total, top + height, Rgb.RULE, 0.4f);
        layout.advance(height);
    }

    private record Wrapped(List<List<String>> lines, int lineCount) {
        float height(TextStyle style) {
            return lineCount * style.leading() + 2 * PAD_Y;
        }
    }
}
