package org.cgtatlas.domain;

/** How much of a date a source actually states. */
public enum DatePrecision {
    YEAR, MONTH, DAY
}
