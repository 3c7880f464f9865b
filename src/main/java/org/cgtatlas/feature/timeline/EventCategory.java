package org.cgtatlas.feature.timeline;

import org.cgtatlas.domain.EventType;

/** The colour groups of the timeline's legend; {@code ordinal} picks the colour of the control's palette. */
enum EventCategory {
    PARTNERSHIP("timeline.category.partnership", 0),
    DEAL("timeline.category.deal", 1),
    MEETING("timeline.category.meeting", 2),
    REGULATORY("timeline.category.regulatory", 3),
    OPERATIONS("timeline.category.operations", 5);

    private final String messageKey;
    private final int colorIndex;

    EventCategory(String messageKey, int colorIndex) {
        this.messageKey = messageKey;
        this.colorIndex = colorIndex;
    }

    String messageKey() {
        return messageKey;
    }

    int colorIndex() {
        return colorIndex;
    }

    static EventCategory of(EventType type) {
        if (type == null) {
            return OPERATIONS;
        }
        return switch (type) {
            case MOU, STRATEGIC_PARTNERSHIP, COLLABORATION -> PARTNERSHIP;
            case LICENSING, TECHNOLOGY_TRANSFER, JOINT_VENTURE, ACQUISITION, INVESTMENT -> DEAL;
            case DELEGATION, VISIT, CONFERENCE, NETWORKING_EVENT -> MEETING;
            case APPROVAL, DESIGNATION, REGULATORY, CERTIFICATION -> REGULATORY;
            case FACILITY, CLINICAL_TRIAL, LISTING -> OPERATIONS;
        };
    }
}
