package org.cgtatlas.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeScaleTest {

    private static final LocalDate DAY = LocalDate.of(2025, 4, 21);

    @ParameterizedTest
    @ValueSource(doubles = {0.07, 0.5, 2, 10, 60})
    void aDateRoundTripsThroughItsXAtEveryZoom(double pixelsPerDay) {
        TimeScale scale = TimeScale.of(LocalDate.of(2020, 1, 1).toEpochDay(), pixelsPerDay, 1000);
        for (LocalDate date = LocalDate.of(2020, 1, 1); date.isBefore(LocalDate.of(2021, 1, 1)); date = date.plusDays(13)) {
            assertThat(scale.dateAt(scale.x(date) + 0.01)).isEqualTo(date);
        }
    }

    @Test
    void xGrowsWithTheDaysAtThePixelsPerDay() {
        TimeScale scale = TimeScale.of(DAY.toEpochDay(), 10, 1000);
        assertThat(scale.x(DAY)).isZero();
        assertThat(scale.x(DAY.plusDays(7))).isEqualTo(70);
        assertThat(scale.x(DAY.minusDays(1))).isEqualTo(-10);
        assertThat(scale.dateAt(95)).isEqualTo(DAY.plusDays(9));
    }

    @Test
    void theZoomIsClampedBetweenFortyYearsAndTwoWeeks() {
        TimeScale tooFar = TimeScale.of(0, 0.0001, 1000);
        assertThat(tooFar.visibleDays()).isCloseTo(TimeScale.MAX_VISIBLE_DAYS, within(1e-6));
        assertThat(tooFar.isFullyZoomedOut()).isTrue();
        TimeScale tooClose = TimeScale.of(0, 1000, 1000);
        assertThat(tooClose.visibleDays()).isCloseTo(TimeScale.MIN_VISIBLE_DAYS, within(1e-6));
        assertThat(tooClose.isFullyZoomedIn()).isTrue();
    }

    @Test
    void zoomingKeepsTheDayUnderTheAnchorInPlace() {
        TimeScale scale = TimeScale.of(LocalDate.of(2024, 1, 1).toEpochDay(), 1, 1000);
        double dayUnderPointer = scale.epochDayAt(300);
        TimeScale zoomed = scale.zoomed(2, 300);
        assertThat(zoomed.pixelsPerDay()).isEqualTo(2);
        assertThat(zoomed.epochDayAt(300)).isCloseTo(dayUnderPointer, within(1e-9));
        assertThat(zoomed.zoomed(0.5, 300).startDay()).isCloseTo(scale.startDay(), within(1e-9));
    }

    @Test
    void panningByPixelsMovesByDays() {
        TimeScale scale = TimeScale.of(1000, 4, 800);
        assertThat(scale.panned(40).startDay()).isEqualTo(1010);
        assertThat(scale.panned(-40).startDay()).isEqualTo(990);
    }

    @Test
    void fitShowsTheWholeRangeWithAMargin() {
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        TimeScale scale = TimeScale.fit(from, to, 1200);
        assertThat(scale.x(from)).isBetween(1.0, 100.0);
        assertThat(scale.x(to.plusDays(1))).isBetween(1100.0, 1199.0);
    }

    @Test
    void centringPutsTheDateInTheMiddle() {
        TimeScale scale = TimeScale.of(0, 3, 900).centredOn(DAY);
        assertThat(scale.x(DAY) + 1.5).isCloseTo(450, within(1e-6));
    }
}
