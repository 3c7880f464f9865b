package org.cgtatlas.ingest.clinicaltrials;

import java.util.List;

/** The columns of the registry's CSV exports the importer uses, by their header in the modern and legacy site. */
enum CtgovCsvColumn {
    NCT_NUMBER("nct number"),
    TITLE("study title", "title"),
    STATUS("study status", "status"),
    CONDITIONS("conditions"),
    INTERVENTIONS("interventions"),
    SPONSOR("sponsor", "sponsor/collaborators"),
    FUNDER_TYPE("funder type", "funded bys"),
    PHASES("phases"),
    ENROLLMENT("enrollment"),
    START_DATE("start date"),
    COMPLETION_DATE("completion date"),
    LOCATIONS("locations"),
    /** Read for the classification only (modern site CSV; the legacy export has no summary). */
    BRIEF_SUMMARY("brief summary");

    static final int COUNT = values().length;

    private final List<String> headers;

    CtgovCsvColumn(String... headers) {
        this.headers = List.of(headers);
    }

    boolean isNamed(String lowerCaseHeader) {
        return headers.contains(lowerCaseHeader);
    }
}
