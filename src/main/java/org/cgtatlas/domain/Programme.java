package org.cgtatlas.domain;

import java.util.List;

/** A product or development programme of an organization. */
public record Programme(String id, String name, String organizationId, String countryCode, Modality modality,
                        String target, String indication, DevelopmentStage stage, String statusText,
                        List<String> partnerIds, String description, List<Citation> citations, Provenance provenance,
                        List<Inference> inferred, List<AnalystSource> analystSources) {

    public Programme {
        partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
        citations = citations == null ? List.of() : List.copyOf(citations);
        inferred = inferred == null ? List.of() : List.copyOf(inferred);
        analystSources = analystSources == null ? List.of() : List.copyOf(analystSources);
    }

    /** A record with inference markers and no analyst's sources. */
    public Programme(String id, String name, String organizationId, String countryCode, Modality modality,
                     String target, String indication, DevelopmentStage stage, String statusText,
                     List<String> partnerIds, String description, List<Citation> citations, Provenance provenance,
                     List<Inference> inferred) {
        this(id, name, organizationId, countryCode, modality, target, indication, stage, statusText, partnerIds,
                description, citations, provenance, inferred, List.of());
    }

    /** A record with no inference markers: every field as the cited passages state it. */
    public Programme(String id, String name, String organizationId, String countryCode, Modality modality,
                     String target, String indication, DevelopmentStage stage, String statusText,
                     List<String> partnerIds, String description, List<Citation> citations, Provenance provenance) {
        this(id, name, organizationId, countryCode, modality, target, indication, stage, statusText, partnerIds,
                description, citations, provenance, List.of(), List.of());
    }

    public Programme withInferred(List<Inference> markers) {
        return new Programme(id, name, organizationId, countryCode, modality, target, indication, stage, statusText,
                partnerIds, description, citations, provenance, markers, analystSources);
    }

    public Programme withAnalystSources(List<AnalystSource> sources) {
        return new Programme(id, name, organizationId, countryCode, modality, target, indication, stage, statusText,
                partnerIds, description, citations, provenance, inferred, sources);
    }

    /** True when neither a bundled citation nor an analyst's source backs the record. */
    public boolean hasNoSource() {
        return citations.isEmpty() && analystSources.isEmpty();
    }
}
