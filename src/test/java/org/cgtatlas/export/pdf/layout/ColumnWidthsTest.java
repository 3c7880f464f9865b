package org.cgtatlas.export.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ColumnWidthsTest {

    @Test
    void naturalWidthsThatFitShareTheSlackInProportion() {
        float[] widths = ColumnWidths.fit(new float[] {100, 50}, new float[] {20, 20}, 300);
        assertThat(widths[0]).isCloseTo(200, within(0.01f));
        assertThat(widths[1]).isCloseTo(100, within(0.01f));
    }

    @Test
    void tooWideColumnsGetTheirMinimumPlusAShareOfTheRest() {
        float[] widths = ColumnWidths.fit(new float[] {400, 100, 100}, new float[] {50, 100, 50}, 300);
        assertThat(widths[1]).isCloseTo(100, within(0.01f));
        assertThat(widths[0] + widths[1] + widths[2]).isCloseTo(300, within(0.01f));
        assertThat(widths[0]).isGreaterThan(widths[2]).isGreaterThanOrEqualTo(50);
    }

    @Test
    void minimumsThatDoNotFitAreScaledDown() {
        float[] widths = ColumnWidths.fit(new float[] {300, 300}, new float[] {200, 100}, 150);
        assertThat(widths[0]).isCloseTo(100, within(0.01f));
        assertThat(widths[1]).isCloseTo(50, within(0.01f));
    }
}
