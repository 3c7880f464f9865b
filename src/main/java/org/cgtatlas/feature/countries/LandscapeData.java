package org.cgtatlas.feature.countries;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.Milestone;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.PipelineListing;
import org.cgtatlas.domain.Programme;

/**
 * One consistent snapshot of what the country comparison and the dashboard summarise,
 * read in one go on the background thread. {@code sourceTitles} maps source ids to titles for citations.
 */
public record LandscapeData(List<Country> countries, List<Organization> organizations, List<CountryMetric> metrics,
                            List<Milestone> milestones, List<PipelineListing> pipelineListings,
                            List<Programme> programmes, List<CollaborationEvent> events,
                            Map<String, String> sourceTitles, PartialDate asOf) {

    public LandscapeData {
        countries = List.copyOf(countries);
        organizations = List.copyOf(organizations);
        metrics = List.copyOf(metrics);
        milestones = List.copyOf(milestones);
        pipelineListings = List.copyOf(pipelineListings);
        programmes = List.copyOf(programmes);
        events = List.copyOf(events);
        sourceTitles = Map.copyOf(sourceTitles);
    }

    /** The focus countries (inRegion), in the stored order; more appear as the data adds them. */
    public List<Country> regionCountries() {
        return countries.stream().filter(Country::inRegion).toList();
    }

    public List<Programme> programmesOf(String countryCode) {
        return programmes.stream().filter(programme -> countryCode.equals(programme.countryCode())).toList();
    }

    /** Events count for every country they involve. */
    public List<CollaborationEvent> eventsOf(String countryCode) {
        return events.stream().filter(event -> event.countryCodes().contains(countryCode)).toList();
    }

    public Optional<Organization> organization(String id) {
        return organizations.stream().filter(organization -> organization.id().equals(id)).findFirst();
    }

    public String organizationName(String id) {
        return organization(id).map(Organization::name).orElse(id);
    }

    public String sourceTitle(String sourceId) {
        return sourceTitles.getOrDefault(sourceId, sourceId);
    }
}
