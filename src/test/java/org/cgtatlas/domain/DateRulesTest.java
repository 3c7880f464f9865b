package org.cgtatlas.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRulesTest {

    @Test
    void partialDatesWithinTheYearsPass() {
        assertThat(DateRules.check("1900")).isEmpty();
        assertThat(DateRules.check("2025-04")).isEmpty();
        assertThat(DateRules.check("2100-12-31")).isEmpty();
        assertThat(DateRules.check("2024-02-29")).isEmpty();
    }

    @Test
    void eachProblemIsToldApart() {
        assertThat(DateRules.check("9999-12-31")).hasValue(DateProblem.OUT_OF_RANGE);
        assertThat(DateRules.check("1899-12")).hasValue(DateProblem.OUT_OF_RANGE);
        assertThat(DateRules.check("2026-02-30")).hasValue(DateProblem.NO_SUCH_DAY);
        assertThat(DateRules.check("2025-02-29")).hasValue(DateProblem.NO_SUCH_DAY);
        assertThat(DateRules.check("2026-00")).hasValue(DateProblem.NO_SUCH_MONTH);
        assertThat(DateRules.check("2026-13-01")).hasValue(DateProblem.NO_SUCH_MONTH);
        assertThat(DateRules.check("3 March 2026")).hasValue(DateProblem.NOT_A_DATE);
        assertThat(DateRules.check("")).hasValue(DateProblem.NOT_A_DATE);
    }

    @Test
    void parseSaysWhyItCannotRead() {
        assertThatThrownBy(() -> PartialDate.parse("2026-02-30")).isInstanceOf(InvalidDateException.class)
                .hasMessage("no such day: '2026-02-30'");
    }

    @Test
    void farAheadMeansBeginningMoreThanFiveYearsAfterToday() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertThat(DateRules.isFarAhead(PartialDate.parse("2031-12-03"), today)).isFalse();
        assertThat(DateRules.isFarAhead(PartialDate.parse("2031-12-04"), today)).isTrue();
        assertThat(DateRules.isFarAhead(PartialDate.parse("2031"), today)).isFalse();
        assertThat(DateRules.isFarAhead(null, today)).isFalse();
    }
}
