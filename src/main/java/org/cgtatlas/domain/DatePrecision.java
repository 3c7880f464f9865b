package org.cgtatlas.domain;

/** How much of a date a source gave: only the year, the year and month, or the full day. */
public enum DatePrecision {
    YEAR,
    MONTH,
    DAY
}
