package org.cgtatlas.domain;

/** The kinds of collaboration and industry events on the timeline. */
public enum EventType {
    MOU("MOU"),
    STRATEGIC_PARTNERSHIP("Strategic partnership"),
    COLLABORATION("Collaboration"),
    LICENSING("Licensing"),
    TECHNOLOGY_TRANSFER("Technology transfer"),
    JOINT_VENTURE("Joint venture"),
    ACQUISITION("Acquisition"),
    INVESTMENT("Investment"),
    FACILITY("Facility"),
    APPROVAL("Approval"),
    DESIGNATION("Designation"),
    CLINICAL_TRIAL("Clinical trial"),
    LISTING("Listing"),
    CERTIFICATION("Certification"),
    DELEGATION("Delegation"),
    VISIT("Visit"),
    CONFERENCE("Conference"),
    NETWORKING_EVENT("Networking event"),
    REGULATORY("Regulatory");

    private final String label;

    EventType(String label) {
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
