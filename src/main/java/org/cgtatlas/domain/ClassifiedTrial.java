package org.cgtatlas.domain;

/** A stored trial with its CGT classification and where it is registered. */
public record ClassifiedTrial(Trial trial, TrialClassification classification, TrialRegistration registration) {

    /** A trial imported from ClinicalTrials.gov alone. */
    public ClassifiedTrial(Trial trial, TrialClassification classification) {
        this(trial, classification, TrialRegistration.clinicalTrialsGov(trial));
    }
}
