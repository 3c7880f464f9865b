package org.cgtatlas.export.pdf.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Vector drawing on one page in top-left coordinates (y grows downwards, in points), as charts and figures think.
 * Text is real text: selectable and searchable.
 */
public final class Canvas {

    private static final float BOLD_STROKE = 0.35f;

    private final PDPageContentStream stream;
    private final ReportFont font;
    private final float pageHeight;

    Canvas(PDPageContentStream stream, ReportFont font, float pageHeight) {
        this.stream = stream;
        this.font = font;
        this.pageHeight = pageHeight;
    }

    public ReportFont font() {
        return font;
    }

    public float textWidth(String text, TextStyle style) {
        return font.width(font.printable(text), style.size());
    }

    public void fillRect(float x, float y, float width, float height, Rgb color) {
        run(() -> {
            stream.setNonStrokingColor(color.red(), color.green(), color.blue());
            stream.addRect(x, pageHeight - y - height, width, height);
            stream.fill();
        });
    }

    public void strokeRect(float x, float y, float width, float height, Rgb color, float lineWidth) {
        run(() -> {
            stream.setStrokingColor(color.red(), color.green(), color.blue());
            stream.setLineWidth(lineWidth);
            stream.addRect(x, pageHeight - y - height, width, height);
            stream.stroke();
        });
    }

    public void line(float x1, float y1, float x2, float y2, Rgb color, float lineWidth) {
        run(() -> {
            stream.setStrokingColor(color.red(), color.green(), color.blue());
            stream.setLineWidth(lineWidth);
            stream.moveTo(x1, pageHeight - y1);
            stream.lineTo(x2, pageHeight - y2);
            stream.stroke();
        });
    }

    public void circle(float centreX, float centreY, float radius, Rgb fill) {
        float k = 0.5523f * radius;
        float cy = pageHeight - centreY;
        run(() -> {
            stream.setNonStrokingColor(fill.red(), fill.green(), fill.blue());
            stream.moveTo(centreX + radius, cy);
            stream.curveTo(centreX + radius, cy + k, centreX + k, cy + radius, centreX, cy + radius);
            stream.curveTo(centreX - k, cy + radius, centreX - radius, cy + k, centreX - radius, cy);
            stream.curveTo(centreX - radius, cy - k, centreX - k, cy - radius, centreX, cy - radius);
            stream.curveTo(centreX + k, cy - radius, centreX + radius, cy - k, centreX + radius, cy);
            stream.fill();
        });
    }

    /** Draws one line of text with its baseline at {@code baseline}, aligned to {@code x}. */
    public void text(String text, float x, float baseline, TextStyle style, Align align) {
        String printable = font.printable(text).replace('\n', ' ');
        if (printable.isEmpty()) {
            return;
        }
        float width = font.width(printable, style.size());
        float left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
        run(() -> {
            stream.beginText();
            stream.setNonStrokingColor(style.color().red(), style.color().green(), style.color().blue());
            if (style.bold()) {
                stream.setStrokingColor(style.color().red(), style.color().green(), style.color().blue());
                stream.setLineWidth(BOLD_STROKE * style.size() / 10f);
                stream.setRenderingMode(RenderingMode.FILL_STROKE);
            } else {
                stream.setRenderingMode(RenderingMode.FILL);
            }
            stream.newLineAtOffset(left, pageHeight - baseline);
            for (ReportFont.Run piece : font.runs(printable)) {
                stream.setFont(piece.font(), style.size());
                stream.showText(piece.text());
            }
            stream.endText();
        });
    }

    private void run(Drawing drawing) {
        try {
            drawing.draw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface Drawing {
        void draw() throws IOException;
    }
}
