package org.cgtatlas.feature.pipeline;

import java.util.HashMap;
import java.util.Map;
import org.cgtatlas.data.CountryRepository;
import org.cgtatlas.data.EventRepository;
import org.cgtatlas.data.OrganizationRepository;
import org.cgtatlas.data.PipelineListingRepository;
import org.cgtatlas.data.ProgrammeRepository;
import org.cgtatlas.data.SourceRepository;
import org.cgtatlas.domain.Source;

/** The repositories the Pipeline screen and the pipeline CSV export read and write. */
public record PipelineRepositories(OrganizationRepository organizations, ProgrammeRepository programmes,
                                   PipelineListingRepository listings, CountryRepository countries,
                                   SourceRepository sources, EventRepository events) {

    /** Reads everything the screen shows; call off the FX thread. */
    public PipelineData load() {
        Map<String, String> sourceTitles = new HashMap<>();
        for (Source source : sources.findAll()) {
            sourceTitles.put(source.id(), source.title());
        }
        return new PipelineData(organizations.findAll(), programmes.findAll(), listings.findAll(), countries.findAll(),
                sourceTitles, events.findAll());
    }
}
