package org.cgtatlas.ingest.clinicaltrials;

import java.util.Locale;
import org.cgtatlas.domain.Confidence;

/**
 * The parts of a trial the classification rules look at, with how far a match in each can be trusted. A rule that
 * reads titles also reads the official title, and one that reads interventions also reads their descriptions and other
 * names; the summary is read only by rules that list it, and only when no rule matched anywhere else.
 */
public enum TrialField {
    TITLE(Confidence.MEDIUM),
    CONDITIONS(Confidence.MEDIUM),
    INTERVENTIONS(Confidence.HIGH),
    OFFICIAL_TITLE(Confidence.MEDIUM),
    INTERVENTION_DETAILS(Confidence.MEDIUM),
    SUMMARY(Confidence.LOW);

    private final Confidence confidence;

    TrialField(Confidence confidence) {
        this.confidence = confidence;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Confidence confidence() {
        return confidence;
    }

    boolean isWeak() {
        return this == SUMMARY;
    }

    static TrialField parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
