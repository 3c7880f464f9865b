package org.cgtatlas.ui.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The axis ticks and labels for a {@link TimeScale}: years, quarters, months, weeks or days, whichever leaves room. */
public final class TickGenerator {

    /** The least distance between two labelled ticks, in pixels, so labels like "Sep 2025" never touch. */
    public static final double MIN_LABEL_SPACING = 72;
    private static final int[] YEAR_STEPS = {1, 2, 5, 10, 20, 50};
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_WITH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private TickGenerator() {
    }

    public static TickUnit unitFor(double pixelsPerDay) {
        if (pixelsPerDay >= MIN_LABEL_SPACING) {
            return TickUnit.DAY;
        }
        if (pixelsPerDay * 7 >= MIN_LABEL_SPACING) {
            return TickUnit.WEEK;
        }
        if (pixelsPerDay * 28 >= MIN_LABEL_SPACING) {
            return TickUnit.MONTH;
        }
        if (pixelsPerDay * 90 >= MIN_LABEL_SPACING) {
            return TickUnit.QUARTER;
        }
        return TickUnit.YEAR;
    }

    /** Years between labelled year ticks: 1, 2, 5, 10, 20 or 50. */
    public static int yearStep(double pixelsPerDay) {
        for (int step : YEAR_STEPS) {
            if (step * 365 * pixelsPerDay >= MIN_LABEL_SPACING) {
                return step;
            }
        }
        return YEAR_STEPS[YEAR_STEPS.length - 1];
    }

    /** The ticks from just before the left edge to just after the right edge. */
    public static List<Tick> ticks(TimeScale scale) {
        TickUnit unit = unitFor(scale.pixelsPerDay());
        LocalDate first = scale.dateAt(0);
        LocalDate last = scale.dateAt(scale.width()).plusDays(1);
        List<Tick> ticks = new ArrayList<>();
        LocalDate date = firstTick(unit, first, scale.pixelsPerDay());
        while (!date.isAfter(last)) {
            ticks.add(new Tick(date, scale.x(date), label(unit, date), isMajor(unit, date)));
            date = next(unit, date, scale.pixelsPerDay());
        }
        return ticks;
    }

    private static LocalDate firstTick(TickUnit unit, LocalDate first, double pixelsPerDay) {
        return switch (unit) {
            case YEAR -> {
                int step = yearStep(pixelsPerDay);
                yield LocalDate.of(Math.floorDiv(first.getYear(), step) * step, 1, 1);
            }
            case QUARTER -> LocalDate.of(first.getYear(), (first.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case MONTH -> first.withDayOfMonth(1);
            case WEEK -> first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case DAY -> first;
        };
    }

    private static LocalDate next(TickUnit unit, LocalDate date, double pixelsPerDay) {
        return switch (unit) {
            case YEAR -> date.plusYears(yearStep(pixelsPerDay));
            case QUARTER -> date.plusMonths(3);
            case MONTH -> date.plusMonths(1);
            case WEEK -> date.plusWeeks(1);
            case DAY -> date.plusDays(1);
        };
    }

    static String label(TickUnit unit, LocalDate date) {
        return switch (unit) {
            case YEAR -> Integer.toString(date.getYear());
            case QUARTER -> "Q" + ((date.getMonthValue() - 1) / 3 + 1) + " " + date.getYear();
            case MONTH -> MONTH.format(date);
            case WEEK, DAY -> date.getDayOfYear() == 1 ? DAY_WITH_YEAR.format(date) : DAY.format(date);
        };
    }

    private static boolean isMajor(TickUnit unit, LocalDate date) {
        return switch (unit) {
            case YEAR, QUARTER, MONTH -> date.getDayOfYear() == 1;
            case WEEK, DAY -> date.getDayOfMonth() <= (unit == TickUnit.WEEK ? 7 : 1);
        };
    }
}
