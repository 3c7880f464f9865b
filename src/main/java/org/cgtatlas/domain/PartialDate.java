package org.cgtatlas.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date known to a {@link DatePrecision}: "2014", "2014-10" or "2014-10-16". The parts below the precision
 * are 1 in {@link #firstDay()}, so partial dates sort by their first possible day.
 */
public record PartialDate(LocalDate firstDay, DatePrecision precision) {

    public PartialDate {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(precision, "precision");
        if (precision != DatePrecision.DAY && firstDay.getDayOfMonth() != 1
                || precision == DatePrecision.YEAR && firstDay.getMonthValue() != 1) {
            throw new IllegalArgumentException(firstDay + " is not the first day of its " + precision);
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(LocalDate.of(year, month, day), DatePrecision.DAY);
    }

    public int year() {
        return firstDay.getYear();
    }

    /** ISO 8601 cut to the precision: {@code 2014}, {@code 2014-10} or {@code 2014-10-16}. */
    @Override
    public String toString() {
        String iso = firstDay.toString();
        return switch (precision) {
            case YEAR -> iso.substring(0, 4);
            case MONTH -> iso.substring(0, 7);
            case DAY -> iso;
        };
    }
}
