package org.cgtatlas.data;

import java.util.List;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.PipelineListing;

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

    OrganizationRemoval(Organization organization, List<PipelineListing> listings, List<DependentRows> links,
                        List<String> peopleIds) {
        this.organization = organization;
        this.listings = List.copyOf(listings);
        this.links = List.copyOf(links);
        this.peopleIds = List.copyOf(peopleIds);
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
}
