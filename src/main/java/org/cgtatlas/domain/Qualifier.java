package org.cgtatlas.domain;

/** How a source qualifies a figure: "21", "300+", "over 220", "about 6,000", "3-5%", "up to 100-fold". */
public enum Qualifier {
    EXACT, AT_LEAST, OVER, APPROXIMATELY, RANGE, UP_TO
}
