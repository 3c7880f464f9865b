package org.cgtatlas.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An analyst's verdict on a trial's modality, which wins over the classifier's until it is removed.
 *
 * @param trialId  the registry's id, e.g. {@code NCT01234567}
 * @param modality the modality, or null for "not a CGT trial"
 * @param note     why, in the analyst's words; never blank
 * @param setAt    when it was set
 */
public record TrialOverride(String trialId, Modality modality, String note, Instant setAt) {

    /** The rule id of a classification an analyst set by hand. */
    public static final String RULE_ID = "override";
    public static final String FIELD = "analyst";

    public TrialOverride {
        Objects.requireNonNull(trialId, "trialId");
        Objects.requireNonNull(setAt, "setAt");
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("An override of " + trialId + " needs a note saying why");
        }
        note = note.strip();
    }

    /** The classification shown and counted while this override stands; it names what the classifier had said. */
    public TrialClassification over(TrialClassification classified) {
        return new TrialClassification(modality, RULE_ID, FIELD, note,
                "Set by hand; the classifier said " + classified.modalityLabel()
                        + (classified.ruleId().isEmpty() ? "" : " (rule " + classified.ruleId() + ")"),
                Confidence.HIGH);
    }
}
