package org.cgtatlas.feature.countries;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.CountryRepository;
import org.cgtatlas.data.EventRepository;
import org.cgtatlas.data.MetadataRepository;
import org.cgtatlas.data.MetricRepository;
import org.cgtatlas.data.MilestoneRepository;
import org.cgtatlas.data.OrganizationRepository;
import org.cgtatlas.data.PipelineListingRepository;
import org.cgtatlas.data.ProgrammeRepository;
import org.cgtatlas.data.SourceRepository;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.Source;

/** Reads a {@link LandscapeData} snapshot on one connection; call it on the background thread. */
public final class LandscapeLoader {

    private final Database database;
    private final CountryRepository countries;
    private final OrganizationRepository organizations;
    private final MetricRepository metrics;
    private final MilestoneRepository milestones;
    private final PipelineListingRepository listings;
    private final ProgrammeRepository programmes;
    private final EventRepository events;
    private final SourceRepository sources;
    private final MetadataRepository metadata;

    public LandscapeLoader(Database database, CountryRepository countries, OrganizationRepository organizations,
                           MetricRepository metrics, MilestoneRepository milestones, PipelineListingRepository listings,
                           ProgrammeRepository programmes, EventRepository events, SourceRepository sources) {
        this.database = database;
        this.countries = countries;
        this.organizations = organizations;
        this.metrics = metrics;
        this.milestones = milestones;
        this.listings = listings;
        this.programmes = programmes;
        this.events = events;
        this.sources = sources;
        this.metadata = new MetadataRepository(database);
    }

    public LandscapeData load() {
        return database.read(connection -> {
            Map<String, String> sourceTitles = new LinkedHashMap<>();
            for (Source source : sources.findAll(connection)) {
                sourceTitles.put(source.id(), source.title());
            }
            return new LandscapeData(countries.findAll(connection), organizations.findAll(connection),
                    metrics.findAll(connection), milestones.findAll(connection), listings.findAll(connection),
                    programmes.findAll(connection), events.findAll(connection), sourceTitles,
                    metadata.get(connection, MetadataRepository.DATASET_AS_OF).map(PartialDate::parse).orElse(null));
        });
    }
}
