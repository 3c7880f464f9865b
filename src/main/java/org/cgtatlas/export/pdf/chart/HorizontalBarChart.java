package org.cgtatlas.export.pdf.chart;

import java.util.List;
import org.cgtatlas.export.pdf.layout.Align;
import org.cgtatlas.export.pdf.layout.Canvas;
import org.cgtatlas.export.pdf.layout.Rgb;
import org.cgtatlas.export.pdf.layout.TextStyle;

/** One bar per category, its value label as the source words it; a category without a value says so instead. */
public final class HorizontalBarChart {

    /** A bar: {@code value} null when there is no figure; {@code valueLabel} is printed after the bar. */
    public record Bar(String label, Double value, String valueLabel) {
    }

    public static final float BAR_HEIGHT = 14f;
    private static final float GAP = 7f;
    private static final TextStyle LABEL = TextStyle.BODY.withSize(8.5f);

    private HorizontalBarChart() {
    }

    public static float height(List<Bar> bars) {
        return bars.size() * (BAR_HEIGHT + GAP);
    }

    public static void draw(Canvas canvas, float x, float y, float width, List<Bar> bars) {
        float labelWidth = 0;
        for (Bar bar : bars) {
            labelWidth = Math.max(labelWidth, canvas.textWidth(bar.label(), LABEL));
        }
        labelWidth += 8;
        float valueWidth = 0;
        for (Bar bar : bars) {
            if (bar.value() != null) {
                valueWidth = Math.max(valueWidth, canvas.textWidth(bar.valueLabel(), LABEL.asBold()));
            }
        }
        double max = bars.stream().filter(bar -> bar.value() != null).mapToDouble(Bar::value).max().orElse(1);
        float plotLeft = x + labelWidth;
        float plotWidth = width - labelWidth - valueWidth - 8;
        float top = y;
        int index = 0;
        for (Bar bar : bars) {
            float baseline = top + BAR_HEIGHT / 2 + LABEL.size() / 2.8f;
            canvas.text(bar.label(), plotLeft - 8, baseline, LABEL, Align.RIGHT);
            if (bar.value() == null) {
                canvas.text(bar.valueLabel(), plotLeft + 2, baseline, LABEL.withColor(Rgb.MUTED), Align.LEFT);
            } else {
                float length = (float) (bar.value() / max * plotWidth);
                canvas.fillRect(plotLeft, top, Math.max(length, 1), BAR_HEIGHT, Palette.colour(index));
                canvas.text(bar.valueLabel(), plotLeft + length + 4, baseline, LABEL.asBold(), Align.LEFT);
            }
            canvas.line(plotLeft, top - GAP / 2, plotLeft, top + BAR_HEIGHT + GAP / 2, Rgb.MUTED, 0.5f);
            top += BAR_HEIGHT + GAP;
            index++;
        }
    }
}
