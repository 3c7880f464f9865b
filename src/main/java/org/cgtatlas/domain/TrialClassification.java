package org.cgtatlas.domain;

/**
 * Whether a trial is a cell or gene therapy trial, of which modality, and why: the rule that decided it,
 * the field it looked at and the text it found. A trial no rule matched has no rule ({@code ruleId} empty).
 *
 * @param modality    the modality, or null when the trial is not a CGT trial
 * @param ruleId      the deciding rule's id, empty when no rule matched
 * @param field       the field the rule matched in ({@code title}, {@code conditions}, {@code interventions}), or empty
 * @param matchedText the text the rule matched, or empty
 * @param explanation the rule's explanation in words
 * @param confidence  how sure it is, from the field that decided (no rule at all: high)
 */
public record TrialClassification(Modality modality, String ruleId, String field, String matchedText, String explanation,
                                  Confidence confidence) {

    public static final String NO_RULE_EXPLANATION = "No classification rule or known product matched its titles, "
            + "conditions, interventions or summary";

    public static TrialClassification notCgt() {
        return new TrialClassification(null, "", "", "", NO_RULE_EXPLANATION, Confidence.HIGH);
    }

    /** True when an analyst set the modality by hand ({@link TrialOverride}). */
    public boolean isOverride() {
        return TrialOverride.RULE_ID.equals(ruleId);
    }

    public boolean isCgt() {
        return modality != null;
    }

    /** "CAR-T" or "Not CGT". */
    public String modalityLabel() {
        return modality == null ? "Not CGT" : modality.label();
    }
}
