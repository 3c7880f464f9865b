package org.cgtatlas.ingest;

/** The kinds of file {@code File ▸ Import…} and {@code cgt-atlas import} understand, told apart by content. */
public enum ImportFormat {
    CTGOV_CSV_MODERN("ClinicalTrials.gov CSV (ctg-studies.csv)"),
    CTGOV_CSV_LEGACY("ClinicalTrials.gov legacy CSV (SearchResults.csv)"),
    CTGOV_JSON("ClinicalTrials.gov JSON (API v2 studies)"),
    ICTRP_XML("WHO ICTRP export (XML)"),
    ICTRP_CSV("WHO ICTRP export (CSV)"),
    CGT_ATLAS_DATASET("CGT Atlas dataset (JSON)");

    private final String label;

    ImportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
