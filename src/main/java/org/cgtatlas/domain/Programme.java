package org.cgtatlas.domain;

import java.util.List;

/** A product or development programme of an organization. */
public record Programme(String id, String name, String organizationId, String countryCode, Modality modality,
                        String target, String indication, DevelopmentStage stage, String statusText,
                        List<String> partnerIds, String description, List<Citation> citations, Provenance provenance) {

    public Programme {
        partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
