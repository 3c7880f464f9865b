package org.cgtatlas.domain;

/** Why a typed or imported date cannot be taken. */
public enum DateProblem {
    /** Not "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
    NOT_A_DATE,
    /** Of the right form, but the month is not 01–12. */
    NO_SUCH_MONTH,
    /** Of the right form, but the month has no such day (2026-02-30). */
    NO_SUCH_DAY,
    /** A real date, but outside the years {@value DateRules#EARLIEST_YEAR}–{@value DateRules#LATEST_YEAR}. */
    OUT_OF_RANGE;

    /** The problem in a sentence fragment for importers' messages, e.g. "no such day: 2026-02-30". */
    public String describe(String text) {
        String shown = "'" + (text == null ? "" : text.strip()) + "'";
        return switch (this) {
            case NOT_A_DATE -> shown + " is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD";
            case NO_SUCH_MONTH -> "no such month: " + shown;
            case NO_SUCH_DAY -> "no such day: " + shown;
            case OUT_OF_RANGE -> shown + " is outside the years " + DateRules.EARLIEST_YEAR + "–" + DateRules.LATEST_YEAR;
        };
    }
}
