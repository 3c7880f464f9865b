package org.cgtatlas.domain;

import java.util.List;

/** An organization named in a source's pipeline list for a country, with or without a named programme. */
public record PipelineListing(String id, String organizationId, String countryCode, List<Citation> citations,
                              Provenance provenance,
                              List<Inference> inferred) {

    public PipelineListing {
        citations = citations == null ? List.of() : List.copyOf(citations);
        inferred = inferred == null ? List.of() : List.copyOf(inferred);
    }

    /** A record with no inference markers: every field as the cited passages state it. */
    public PipelineListing(String id, String organizationId, String countryCode, List<Citation> citations,
                           Provenance provenance) {
        this(id, organizationId, countryCode, citations, provenance, List.of());
    }
}
