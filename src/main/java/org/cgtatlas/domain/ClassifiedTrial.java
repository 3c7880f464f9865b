package org.cgtatlas.domain;

/** A stored trial with its CGT classification. */
public record ClassifiedTrial(Trial trial, TrialClassification classification) {
}
