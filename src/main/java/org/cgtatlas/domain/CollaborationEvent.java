package org.cgtatlas.domain;

import java.math.BigDecimal;
import java.util.List;

/** A dated collaboration or industry event: an MOU, a deal, a facility, a delegation, a conference. */
public record CollaborationEvent(String id, EventType type, String title, PartialDate date, PartialDate endDate,
                                 List<EventParticipant> participants, List<String> countryCodes, BigDecimal dealValue,
                                 String currency, String place, String description, String parentEventId,
                                 List<Citation> citations, Provenance provenance) {

    public CollaborationEvent {
        participants = participants == null ? List.of() : List.copyOf(participants);
        countryCodes = countryCodes == null ? List.of() : List.copyOf(countryCodes);
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
