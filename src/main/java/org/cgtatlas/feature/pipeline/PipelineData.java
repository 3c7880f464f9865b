package org.cgtatlas.feature.pipeline;

import java.util.List;
import java.util.Map;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.PipelineListing;
import org.cgtatlas.domain.Programme;

/** Everything the Pipeline screen shows, as read from the database in one go. {@code sourceTitles} by source id. */
public record PipelineData(List<Organization> organizations, List<Programme> programmes, List<PipelineListing> listings,
                           List<Country> countries, Map<String, String> sourceTitles, List<CollaborationEvent> events) {

    public static final PipelineData EMPTY = new PipelineData(List.of(), List.of(), List.of(), List.of(), Map.of(), List.of());

    public PipelineData {
        organizations = List.copyOf(organizations);
        programmes = List.copyOf(programmes);
        listings = List.copyOf(listings);
        countries = List.copyOf(countries);
        sourceTitles = Map.copyOf(sourceTitles);
        events = List.copyOf(events);
    }
}
