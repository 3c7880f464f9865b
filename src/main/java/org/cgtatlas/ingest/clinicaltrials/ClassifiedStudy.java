package org.cgtatlas.ingest.clinicaltrials;

import org.cgtatlas.domain.TrialClassification;

/** A study as read from an export, with its CGT classification. */
record ClassifiedStudy(StudyRecord study, TrialClassification classification) {
}
