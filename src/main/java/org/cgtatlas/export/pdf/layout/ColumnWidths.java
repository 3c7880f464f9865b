package org.cgtatlas.export.pdf.layout;

/**
 * Fits column widths to the available width. Each column wants its natural width (its widest line) and needs
 * at least its minimum (its widest word): if the natural widths fit, the slack is shared in proportion to them;
 * otherwise every column gets its minimum plus a share of the rest in proportion to how much more it wants.
 */
public final class ColumnWidths {

    private ColumnWidths() {
    }

    public static float[] fit(float[] natural, float[] minimum, float available) {
        int count = natural.length;
        float[] widths = new float[count];
        float naturalSum = sum(natural);
        float minimumSum = sum(minimum);
        if (naturalSum <= available) {
            for (int i = 0; i < count; i++) {
                widths[i] = natural[i] * available / naturalSum;
            }
        } else if (minimumSum >= available) {
            for (int i = 0; i < count; i++) {
                widths[i] = minimum[i] * available / minimumSum;
            }
        } else {
            float share = (available - minimumSum) / (naturalSum - minimumSum);
            for (int i = 0; i < count; i++) {
                widths[i] = minimum[i] + (natural[i] - minimum[i]) * share;
            }
        }
        return widths;
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float value : values) {
            total += value;
        }
        return total;
    }
}
