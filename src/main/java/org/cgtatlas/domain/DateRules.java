package org.cgtatlas.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The one check of a date that an analyst types or a dataset file brings: it reads as a {@link PartialDate}, the day
 * exists, and it lies within {@value #EARLIEST_YEAR}–{@value #LATEST_YEAR}, so that a slip such as 9999-12-31 never
 * becomes the "next upcoming event" or stretches every time axis. Forms and importers both ask here.
 */
public final class DateRules {

    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2100;
    /** A date further ahead than this is allowed, but a form asks before saving it. */
    public static final int FAR_AHEAD_YEARS = 5;

    private DateRules() {
    }

    /** What is wrong with a typed date, if anything; blank text is for the caller to judge (required or not). */
    public static Optional<DateProblem> check(String text) {
        try {
            return check(PartialDate.parse(text));
        } catch (InvalidDateException e) {
            return Optional.of(e.problem());
        }
    }

    /** Whether a read date lies outside the years the app accepts. */
    public static Optional<DateProblem> check(PartialDate date) {
        if (date == null) {
            return Optional.empty();
        }
        return date.year() < EARLIEST_YEAR || date.end().getYear() > LATEST_YEAR
                ? Optional.of(DateProblem.OUT_OF_RANGE) : Optional.empty();
    }

    /** Whether the date begins more than {@value #FAR_AHEAD_YEARS} years after {@code today}. */
    public static boolean isFarAhead(PartialDate date, LocalDate today) {
        return date != null && date.start().isAfter(today.plusYears(FAR_AHEAD_YEARS));
    }
}
