package org.cgtatlas.domain;

import java.math.BigDecimal;
import java.util.List;

/** A dated collaboration or industry event: an MOU, a deal, a facility, a delegation, a conference. */
public record CollaborationEvent(String id, EventType type, String title, PartialDate date, PartialDate endDate,
                                 List<EventParticipant> participants, List<String> countryCodes, BigDecimal dealValue,
                                 String currency, String place, String description, String parentEventId,
                                 List<Citation> citations, Provenance provenance,
                                 List<Inference> inferred, List<AnalystSource> analystSources) {

    public CollaborationEvent {
        participants = participants == null ? List.of() : List.copyOf(participants);
        countryCodes = countryCodes == null ? List.of() : List.copyOf(countryCodes);
        citations = citations == null ? List.of() : List.copyOf(citations);
        inferred = inferred == null ? List.of() : List.copyOf(inferred);
        analystSources = analystSources == null ? List.of() : List.copyOf(analystSources);
    }

    /** A record with inference markers and no analyst's sources. */
    public CollaborationEvent(String id, EventType type, String title, PartialDate date, PartialDate endDate,
                              List<EventParticipant> participants, List<String> countryCodes, BigDecimal dealValue,
                              String currency, String place, String description, String parentEventId,
                              List<Citation> citations, Provenance provenance, List<Inference> inferred) {
        this(id, type, title, date, endDate, participants, countryCodes, dealValue, currency, place, description,
                parentEventId, citations, provenance, inferred, List.of());
    }

    /** A record with no inference markers: every field as the cited passages state it. */
    public CollaborationEvent(String id, EventType type, String title, PartialDate date, PartialDate endDate,
                              List<EventParticipant> participants, List<String> countryCodes, BigDecimal dealValue,
                              String currency, String place, String description, String parentEventId,
                              List<Citation> citations, Provenance provenance) {
        this(id, type, title, date, endDate, participants, countryCodes, dealValue, currency, place, description,
                parentEventId, citations, provenance, List.of(), List.of());
    }

    public CollaborationEvent withInferred(List<Inference> markers) {
        return new CollaborationEvent(id, type, title, date, endDate, participants, countryCodes, dealValue, currency, place,
                description, parentEventId, citations, provenance, markers, analystSources);
    }

    public CollaborationEvent withAnalystSources(List<AnalystSource> sources) {
        return new CollaborationEvent(id, type, title, date, endDate, participants, countryCodes, dealValue, currency, place,
                description, parentEventId, citations, provenance, inferred, sources);
    }

    /** True when neither a bundled citation nor an analyst's source backs the record. */
    public boolean hasNoSource() {
        return citations.isEmpty() && analystSources.isEmpty();
    }
}
