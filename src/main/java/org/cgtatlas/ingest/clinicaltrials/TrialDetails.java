package org.cgtatlas.ingest.clinicaltrials;

/**
 * Texts of a record read for classifying it only, when the export has them: the official title, the brief summary,
 * and the interventions' descriptions and other names (API JSON). Empty when the export has none.
 */
public record TrialDetails(String officialTitle, String summary, String interventionDetails) {

    public static final TrialDetails NONE = new TrialDetails("", "", "");
}
