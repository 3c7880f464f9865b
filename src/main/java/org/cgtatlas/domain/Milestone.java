package org.cgtatlas.domain;

import java.util.List;

/** A country highlight: a regulatory change, an innovation, a manufacturing or company milestone. */
public record Milestone(String id, String countryCode, MilestoneCategory category, String title, String description,
                        PartialDate date, List<String> organizationIds, List<Citation> citations, Provenance provenance,
                        List<Inference> inferred) {

    public Milestone {
        organizationIds = organizationIds == null ? List.of() : List.copyOf(organizationIds);
        citations = citations == null ? List.of() : List.copyOf(citations);
        inferred = inferred == null ? List.of() : List.copyOf(inferred);
    }

    /** A record with no inference markers: every field as the cited passages state it. */
    public Milestone(String id, String countryCode, MilestoneCategory category, String title, String description,
                     PartialDate date, List<String> organizationIds, List<Citation> citations,
                     Provenance provenance) {
        this(id, countryCode, category, title, description, date, organizationIds, citations, provenance, List.of());
    }
}
