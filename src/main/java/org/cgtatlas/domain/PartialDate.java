package org.cgtatlas.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date stated to a year, a month or a day ("2025", "2025-04", "2025-04-21"), never padded into a
 * pretended exact day. {@link #start()} and {@link #end()} give the span it covers.
 */
public record PartialDate(LocalDate start, DatePrecision precision) implements Comparable<PartialDate> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Comparator<PartialDate> ORDER =
            Comparator.comparing(PartialDate::start).thenComparing(PartialDate::precision);

    public PartialDate {
        if (start == null || precision == null) {
            throw new IllegalArgumentException("A date needs a start and a precision");
        }
        start = switch (precision) {
            case YEAR -> start.withDayOfYear(1);
            case MONTH -> start.withDayOfMonth(1);
            case DAY -> start;
        };
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public static PartialDate ofDay(LocalDate day) {
        return new PartialDate(day, DatePrecision.DAY);
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return ofDay(LocalDate.of(year, month, day));
    }

    public int year() {
        return start.getYear();
    }

    /**
     * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; anything else is an {@link InvalidDateException} saying whether the
     * form, the month or the day is wrong. The years allowed are {@link DateRules}' to judge.
     */
    public static PartialDate parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new InvalidDateException(DateProblem.NOT_A_DATE, text);
        }
        int year = Integer.parseInt(matcher.group(1));
        if (matcher.group(2) == null) {
            return ofYear(year);
        }
        int month = Integer.parseInt(matcher.group(2));
        if (month < 1 || month > 12) {
            throw new InvalidDateException(DateProblem.NO_SUCH_MONTH, text);
        }
        if (matcher.group(3) == null) {
            return ofMonth(year, month);
        }
        int day = Integer.parseInt(matcher.group(3));
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            throw new InvalidDateException(DateProblem.NO_SUCH_DAY, text);
        }
        return ofDay(LocalDate.of(year, month, day));
    }

    /** The last day the date covers: the 31st of December for a year, the month's last day for a month. */
    public LocalDate end() {
        return switch (precision) {
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
            case MONTH -> YearMonth.from(start).atEndOfMonth();
            case DAY -> start;
        };
    }

    /** The ISO form at this precision, e.g. "2025-04". */
    public String iso() {
        return switch (precision) {
            case YEAR -> String.format("%04d", start.getYear());
            case MONTH -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
            case DAY -> start.toString();
        };
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end());
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return iso();
    }

    /** Parses leniently for optional fields: null or blank gives null. */
    public static PartialDate parseOptional(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }
}
