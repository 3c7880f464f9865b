package org.cgtatlas.domain;

/** What kind of body an organization is. */
public enum OrganizationType {
    COMPANY("Company"),
    ACADEMIC("Academic institution"),
    HOSPITAL_CLINIC("Hospital / clinic"),
    SOCIETY("Society"),
    INDUSTRY_ASSOCIATION("Industry association"),
    REGULATOR("Regulator"),
    GOVERNMENT("Government body"),
    CDMO("CDMO"),
    INVESTOR("Investor"),
    RESEARCH_INSTITUTE("Research institute"),
    OTHER("Other");

    private final String label;

    OrganizationType(String label) {
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
