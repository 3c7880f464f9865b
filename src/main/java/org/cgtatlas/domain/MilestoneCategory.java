package org.cgtatlas.domain;

/** How a country highlight is grouped on its profile. */
public enum MilestoneCategory {
    REGULATORY("Regulatory"),
    INNOVATION("Innovation"),
    MANUFACTURING("Manufacturing"),
    COMPANY("Company milestones"),
    TRIALS("Trials"),
    MARKET("Market");

    private final String label;

    MilestoneCategory(String label) {
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
