package org.cgtatlas.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportSectionTest {

    @Test
    void parsesShortAndLongNames() {
        assertThat(ReportSection.parse("comparison")).contains(ReportSection.COUNTRY_COMPARISON);
        assertThat(ReportSection.parse("Country-Comparison")).contains(ReportSection.COUNTRY_COMPARISON);
        assertThat(ReportSection.parse("cross_border_matrix")).contains(ReportSection.CROSS_BORDER_MATRIX);
        assertThat(ReportSection.parse("matrix")).contains(ReportSection.CROSS_BORDER_MATRIX);
        assertThat(ReportSection.parse("charts")).isEmpty();
    }
}
