package org.cgtatlas.ingest.clinicaltrials;

import java.util.Locale;

/** The parts of a trial the classification rules look at. */
public enum TrialField {
    TITLE,
    CONDITIONS,
    INTERVENTIONS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static TrialField parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
