package org.cgtatlas.domain;

import java.util.Locale;

/** How sure a trial's classification is, from the field that decided it. */
public enum Confidence {
    /** Decided by an intervention, or nothing at all suggests a cell or gene therapy. */
    HIGH,
    /** Decided by a title or an intervention's description or other names. */
    MEDIUM,
    /** Decided by the summary alone. */
    LOW;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
