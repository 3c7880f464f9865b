package org.cgtatlas.domain;

import java.util.List;

/** An organization named in a source's pipeline list for a country, with or without a named programme. */
public record PipelineListing(String id, String organizationId, String countryCode, List<Citation> citations,
                              Provenance provenance) {

    public PipelineListing {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
