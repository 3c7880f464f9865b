package org.cgtatlas.domain;

import java.util.List;

/** The whole curated dataset, as bundled with the app and as exported to JSON. */
public record Dataset(String format, int formatVersion, String datasetVersion, PartialDate asOf,
                      List<Source> sources, List<Country> countries, List<Organization> organizations,
                      List<CountryMetric> metrics, List<Milestone> milestones, List<PipelineListing> pipelineListings,
                      List<Programme> programmes, List<CollaborationEvent> events, List<Person> people) {

    public static final String FORMAT = "cgt-atlas-dataset";
    public static final int FORMAT_VERSION = 3;
    /**
     * Files written before inference markers (format version 1) or analysts' sources (format version 2) existed
     * still import.
     */
    public static final int OLDEST_READABLE_FORMAT_VERSION = 1;

    public Dataset {
        sources = sources == null ? List.of() : List.copyOf(sources);
        countries = countries == null ? List.of() : List.copyOf(countries);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        pipelineListings = pipelineListings == null ? List.of() : List.copyOf(pipelineListings);
        programmes = programmes == null ? List.of() : List.copyOf(programmes);
        events = events == null ? List.of() : List.copyOf(events);
        people = people == null ? List.of() : List.copyOf(people);
    }
}
