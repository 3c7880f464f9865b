package org.cgtatlas.domain;

import java.util.List;

/** A person the sources name: a speaker, a chair, a president. */
public record Person(String id, String name, String localName, String honorifics, String role, String organizationId,
                     String countryCode, List<String> eventIds, List<Citation> citations, Provenance provenance,
                     List<Inference> inferred) {

    public Person {
        eventIds = eventIds == null ? List.of() : List.copyOf(eventIds);
        citations = citations == null ? List.of() : List.copyOf(citations);
        inferred = inferred == null ? List.of() : List.copyOf(inferred);
    }

    /** A record with no inference markers: every field as the cited passages state it. */
    public Person(String id, String name, String localName, String honorifics, String role, String organizationId,
                  String countryCode, List<String> eventIds, List<Citation> citations, Provenance provenance) {
        this(id, name, localName, honorifics, role, organizationId, countryCode, eventIds, citations, provenance,
                List.of());
    }
}
