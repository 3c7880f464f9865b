package org.cgtatlas.domain;

import java.util.List;

/** A company, institution, society, regulator, investor or government body. */
public record Organization(String id, String name, String localName, List<String> aliases, String countryCode,
                           OrganizationType type, String description, List<Citation> citations, Provenance provenance,
                           List<Inference> inferred) {

    public Organization {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        citations = citations == null ? List.of() : List.copyOf(citations);
        inferred = inferred == null ? List.of() : List.copyOf(inferred);
    }

    /** A record with no inference markers: every field as the cited passages state it. */
    public Organization(String id, String name, String localName, List<String> aliases, String countryCode,
                        OrganizationType type, String description, List<Citation> citations, Provenance provenance) {
        this(id, name, localName, aliases, countryCode, type, description, citations, provenance, List.of());
    }

    public Organization withInferred(List<Inference> markers) {
        return new Organization(id, name, localName, aliases, countryCode, type, description, citations, provenance, markers);
    }
}
