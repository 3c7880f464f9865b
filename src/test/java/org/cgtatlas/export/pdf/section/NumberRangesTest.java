package org.cgtatlas.export.pdf.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberRangesTest {

    @Test
    void runsOfThreeOrMoreBecomeRanges() {
        assertThat(NumberRanges.format(List.of(1, 2, 3, 5, 7, 8))).isEqualTo("1–3, 5, 7, 8");
        assertThat(NumberRanges.format(List.of(9, 10, 11, 12))).isEqualTo("9–12");
        assertThat(NumberRanges.format(List.of(4))).isEqualTo("4");
    }
}
