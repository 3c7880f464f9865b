package org.cgtatlas.domain;

import java.util.List;

/**
 * A country highlight: a regulatory change, an innovation, a manufacturing or company milestone. {@code eventIds}
 * names the events that record the same happening, so that a fact told both ways is counted once.
 */
public record Milestone(String id, String countryCode, MilestoneCategory category, String title, String description,
                        PartialDate date, List<String> organizationIds, List<String> eventIds, List<Citation> citations,
                        Provenance provenance, List<Inference> inferred) {

    public Milestone {
        organizationIds = organizationIds == null ? List.of() : List.copyOf(organizationIds);
        eventIds = eventIds == null ? List.of() : List.copyOf(eventIds);
        citations = citations == null ? List.of() : List.copyOf(citations);
        inferred = inferred == null ? List.of() : List.copyOf(inferred);
    }

    /** A record with no inference markers: every field as the cited passages state it. */
    public Milestone(String id, String countryCode, MilestoneCategory category, String title, String description,
                     PartialDate date, List<String> organizationIds, List<Citation> citations,
                     Provenance provenance) {
        this(id, countryCode, category, title, description, date, organizationIds, List.of(), citations, provenance,
                List.of());
    }

    /** Whether an event already records this highlight's happening (aggregates then count the event only). */
    public boolean restatesAnEvent() {
        return !eventIds.isEmpty();
    }
}
