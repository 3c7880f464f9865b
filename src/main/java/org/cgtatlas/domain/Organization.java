package org.cgtatlas.domain;

import java.util.List;

/** A company, institution, society, regulator, investor or government body. */
public record Organization(String id, String name, String localName, List<String> aliases, String countryCode,
                           OrganizationType type, String description, List<Citation> citations, Provenance provenance) {

    public Organization {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
