package org.cgtatlas.ingest.clinicaltrials;

import org.cgtatlas.domain.Trial;

/** A trial as read from an export, with the texts read only to classify it. */
public record ExportedTrial(Trial trial, TrialDetails details) {
}
