package org.cgtatlas.export.pdf.chart;

import java.util.List;
import org.cgtatlas.export.pdf.layout.Align;
import org.cgtatlas.export.pdf.layout.Canvas;
import org.cgtatlas.export.pdf.layout.Rgb;
import org.cgtatlas.export.pdf.layout.TextStyle;

/** One horizontal bar per category split into coloured segments, with the total at its end and a legend below. */
public final class StackedBarChart {

    /** A series: its legend label and colour. */
    public record Series(String label, Rgb colour) {
    }

    /** A category with one value per series, in series order. */
    public record Category(String label, List<Integer> values) {
        int total() {
            return values.stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static final float BAR_HEIGHT = 14f;
    private static final float GAP = 7f;
    private static final float LEGEND_ROW = 13f;
    private static final TextStyle LABEL = TextStyle.BODY.withSize(8.5f);
    private static final TextStyle LEGEND = TextStyle.BODY.withSize(7.5f);

    private StackedBarChart() {
    }

    public static float height(Canvas canvas, float width, List<Category> categories, List<Series> series) {
        return categories.size() * (BAR_HEIGHT + GAP) + 8 + legendRows(canvas, width, series) * LEGEND_ROW;
    }

    public static void draw(Canvas canvas, float x, float y, float width, List<Category> categories, List<Series> series) {
        float labelWidth = 0;
        for (Category category : categories) {
            labelWidth = Math.max(labelWidth, canvas.textWidth(category.label(), LABEL));
        }
        labelWidth += 8;
        int max = Math.max(1, categories.stream().mapToInt(Category::total).max().orElse(1));
        float plotLeft = x + labelWidth;
        float plotWidth = width - labelWidth - 40;
        float top = y;
        for (Category category : categories) {
            float baseline = top + BAR_HEIGHT / 2 + LABEL.size() / 2.8f;
            canvas.text(category.label(), plotLeft - 8, baseline, LABEL, Align.RIGHT);
            float left = plotLeft;
            for (int i = 0; i < series.size(); i++) {
                int value = category.values().get(i);
                if (value > 0) {
                    float length = value * plotWidth / max;
                    canvas.fillRect(left, top, length, BAR_HEIGHT, series.get(i).colour());
                    canvas.strokeRect(left, top, length, BAR_HEIGHT, Rgb.WHITE, 0.6f);
                    left += length;
                }
            }
            canvas.text(Integer.toString(category.total()), left + 4, baseline, LABEL.asBold(), Align.LEFT);
            canvas.line(plotLeft, top - GAP / 2, plotLeft, top + BAR_HEIGHT + GAP / 2, Rgb.MUTED, 0.5f);
            top += BAR_HEIGHT + GAP;
        }
        drawLegend(canvas, x, top + 8, width, series);
    }

    private static int legendRows(Canvas canvas, float width, List<Series> series) {
        int rows = series.isEmpty() ? 0 : 1;
        float used = 0;
        for (Series each : series) {
            float item = legendItemWidth(canvas, each);
            if (used + item > width && used > 0) {
                rows++;
                used = 0;
            }
            used += item;
        }
        return rows;
    }

    private static void drawLegend(Canvas canvas, float x, float y, float width, List<Series> series) {
        float left = x;
        float top = y;
        for (Series each : series) {
            float item = legendItemWidth(canvas, each);
            if (left + item > x + width && left > x) {
                left = x;
                top += LEGEND_ROW;
            }
            canvas.fillRect(left, top + 1, 8, 8, each.colour());
            canvas.text(each.label(), left + 11, top + 8, LEGEND, Align.LEFT);
            left += item;
        }
    }

    private static float legendItemWidth(Canvas canvas, Series series) {
        return 11 + canvas.textWidth(series.label(), LEGEND) + 12;
    }
}
