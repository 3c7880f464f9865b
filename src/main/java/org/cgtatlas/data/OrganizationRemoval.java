package org.cgtatlas.data;

import java.util.List;
import java.util.Map;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.PipelineListing;
import org.cgtatlas.domain.RecordKind;

/**
 * What deleting an organization took away: the organization, its pipeline listings and the links that pointed
 * at it (event participations, milestones, partnerships, people). Handed back to
 * {@link OrganizationRepository#restore(OrganizationRemoval)} to undo the delete.
 */
public final class OrganizationRemoval {

    private final Organization organization;
    private final List<PipelineListing> listings;
    private final List<DependentRows> links;
    private final List<String> peopleIds;
    private final Map<RecordKind, List<String>> linked;

    OrganizationRemoval(Organization organization, List<PipelineListing> listings, List<DependentRows> links,
                        List<String> peopleIds, Map<RecordKind, List<String>> linked) {
        this.organization = organization;
        this.listings = List.copyOf(listings);
        this.links = List.copyOf(links);
        this.peopleIds = List.copyOf(peopleIds);
        this.linked = Map.copyOf(linked);
    }

    public Organization organization() {
        return organization;
    }

    public List<PipelineListing> listings() {
        return listings;
    }

    List<DependentRows> links() {
        return links;
    }

    List<String> peopleIds() {
        return peopleIds;
    }

    /** The ids of the records whose links to the organization went with it, by kind. */
    Map<RecordKind, List<String>> linked() {
        return linked;
    }
}
