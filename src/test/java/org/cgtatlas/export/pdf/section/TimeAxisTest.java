package org.cgtatlas.export.pdf.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.cgtatlas.domain.PartialDate;
import org.junit.jupiter.api.Test;

class TimeAxisTest {

    @Test
    void coversWholeYearsFromTheFirstDateToTheEndOfTheLast() {
        TimeAxis axis = TimeAxis.covering(List.of(PartialDate.parse("2024-06"), PartialDate.parse("2026")), 100, 300);
        assertThat(axis.yearTicks()).containsExactly(2024, 2025, 2026, 2027);
        assertThat(axis.x(LocalDate.of(2024, 1, 1))).isCloseTo(100, within(0.01f));
        assertThat(axis.x(LocalDate.of(2027, 1, 1))).isCloseTo(400, within(0.01f));
        assertThat(axis.x(LocalDate.of(2025, 7, 2))).isCloseTo(250, within(0.5f));
    }

    @Test
    void aMonthSpansToTheStartOfTheNextMonth() {
        TimeAxis axis = TimeAxis.covering(List.of(PartialDate.parse("2025")), 0, 365);
        PartialDate april = PartialDate.parse("2025-04");
        assertThat(axis.endX(april)).isCloseTo(axis.x(LocalDate.of(2025, 5, 1)), within(0.01f));
        assertThat(axis.endX(april) - axis.x(april.start())).isCloseTo(30, within(0.01f));
    }
}
