package org.cgtatlas.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TickGeneratorTest {

    private static final double WIDTH = 1200;

    private static List<Tick> ticksFor(double visibleDays, LocalDate start) {
        return TickGenerator.ticks(TimeScale.of(start.toEpochDay(), WIDTH / visibleDays, WIDTH));
    }

    @Test
    void decadesAreLabelledWithYearsInSteps() {
        List<Tick> ticks = ticksFor(40 * 365.25, LocalDate.of(1990, 1, 1));
        assertThat(TickGenerator.unitFor(WIDTH / (40 * 365.25))).isEqualTo(TickUnit.YEAR);
        assertThat(ticks).extracting(Tick::label).contains("1990", "2000", "2010", "2020").doesNotContain("1991");
        assertThat(ticks).allSatisfy(tick -> assertThat(tick.date().getDayOfYear()).isEqualTo(1));
    }

    @Test
    void aFewYearsAreLabelledEveryYear() {
        List<Tick> ticks = ticksFor(6 * 365, LocalDate.of(2020, 1, 1));
        assertThat(ticks).extracting(Tick::label).containsSubsequence("2020", "2021", "2022", "2023");
    }

    @Test
    void twoYearsAreLabelledByQuarter() {
        List<Tick> ticks = ticksFor(2 * 365, LocalDate.of(2024, 2, 10));
        assertThat(TickGenerator.unitFor(WIDTH / (2 * 365.0))).isEqualTo(TickUnit.QUARTER);
        assertThat(ticks).extracting(Tick::label).containsSubsequence("Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024", "Q1 2025");
        assertThat(ticks).filteredOn(Tick::major).extracting(Tick::label).contains("Q1 2025");
    }

    @Test
    void monthsAreLabelledWhenAMonthHasRoom() {
        List<Tick> ticks = ticksFor(300, LocalDate.of(2025, 3, 15));
        assertThat(ticks).extracting(Tick::label).containsSubsequence("Mar 2025", "Apr 2025", "May 2025");
    }

    @Test
    void weeksStartOnMondays() {
        List<Tick> ticks = ticksFor(60, LocalDate.of(2025, 4, 1));
        assertThat(TickGenerator.unitFor(WIDTH / 60)).isEqualTo(TickUnit.WEEK);
        assertThat(ticks).allSatisfy(tick -> assertThat(tick.date().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY));
        assertThat(ticks).extracting(Tick::label).contains("7 Apr", "14 Apr");
    }

    @Test
    void twoWeeksAreLabelledByDay() {
        List<Tick> ticks = ticksFor(14, LocalDate.of(2025, 12, 25));
        assertThat(TickGenerator.unitFor(WIDTH / 14)).isEqualTo(TickUnit.DAY);
        assertThat(ticks).extracting(Tick::label).containsSubsequence("25 Dec", "31 Dec", "1 Jan 2026", "2 Jan");
    }

    @Test
    void labelledTicksAreAlwaysFarEnoughApart() {
        for (double days = 14; days < 40 * 365; days *= 1.3) {
            List<Tick> ticks = ticksFor(days, LocalDate.of(2001, 5, 17));
            for (int i = 1; i < ticks.size(); i++) {
                assertThat(ticks.get(i).x() - ticks.get(i - 1).x())
                        .as("spacing at %.0f visible days", days).isGreaterThanOrEqualTo(TickGenerator.MIN_LABEL_SPACING * 0.95);
            }
        }
    }
}
