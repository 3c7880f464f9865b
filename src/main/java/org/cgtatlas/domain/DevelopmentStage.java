package org.cgtatlas.domain;

/** How far a programme has come; left empty where a source does not say. */
public enum DevelopmentStage {
    RESEARCH("Research"),
    PRECLINICAL("Preclinical"),
    CLINICAL("Clinical (phase not stated)"),
    PHASE_1("Phase 1"),
    PHASE_1_2("Phase 1/2"),
    PHASE_2("Phase 2"),
    PHASE_2_3("Phase 2/3"),
    PHASE_3("Phase 3"),
    FILED("Filed"),
    APPROVED("Approved"),
    MARKETED("Marketed"),
    DISCONTINUED("Discontinued");

    private final String label;

    DevelopmentStage(String label) {
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
