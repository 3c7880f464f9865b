package org.cgtatlas.domain;

/** The figures reported per country, and figures about one organization, product or event (see CountryMetric#about). */
public enum MetricKind {
    APPROVED_CGT_PRODUCTS("Approved CGT products"),
    APPROVED_GENE_THERAPIES("of which gene therapies"),
    APPROVED_CELL_THERAPIES("of which cell therapies"),
    APPROVED_AUTOLOGOUS_CELL_THERAPIES("Approved autologous cell therapies"),
    CGT_TRIALS_ONGOING("Ongoing CGT trials"),
    CAR_T_TRIALS("CAR-T trials"),
    CAR_T_PIPELINE("CAR-T programmes in pipeline"),
    CELL_THERAPY_TRIALS("Cell therapy trials"),
    GENE_THERAPY_TRIALS("Gene therapy trials"),
    CELL_THERAPY_TRIAL_GROWTH_PCT("Growth in cell therapy trials"),
    GENE_THERAPY_TRIAL_GROWTH_PCT("Growth in gene therapy trials"),
    MARKET_GROWTH_PCT("Market growth per year"),
    MEMBERS("Members"),
    ANNUAL_SALES("Annual sales"),
    DELEGATION_ORGANIZATIONS("Organizations in the delegation"),
    PARTICIPATING_COMPANIES("Companies taking part"),
    PARTICIPATING_INVESTORS("Investors taking part");

    private final String label;

    MetricKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
