package org.cgtatlas.ingest.clinicaltrials;

import org.cgtatlas.domain.Modality;

/**
 * A trial labelled by hand for the classifier's benchmark (see docs/trial-labelling.md).
 *
 * @param modality   the modality, or null when the trial is labelled "not CGT"
 * @param confidence how sure the labeller was: high, medium or low
 * @param reason     one line saying why
 */
public record TrialLabel(String nctId, Modality modality, String confidence, String reason) {

    public boolean isCgt() {
        return modality != null;
    }
}
