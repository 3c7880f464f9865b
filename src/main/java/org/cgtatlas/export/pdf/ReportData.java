package org.cgtatlas.export.pdf;

import java.time.ZonedDateTime;
import java.util.List;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.Milestone;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.Person;
import org.cgtatlas.domain.PipelineListing;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Source;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.trials.TrialCountsByCountry;

/**
 * Everything a snapshot prints, already narrowed by the filter: {@code countries} holds every known country
 * (for names), {@link #regionCountries()} the in-region ones the report compares. {@code trials} counts the
 * imported registry trials of the filter's modality (the country filter narrows its columns when printed).
 * {@code landscape} is the whole snapshot the lists were narrowed from, for the projections the screens share
 * (pipeline rows, cross-border matrix).
 */
public record ReportData(Landscape landscape, String datasetVersion, PartialDate asOf, ZonedDateTime exportedAt, ReportFilter filter,
                         List<Country> countries, List<Source> sources, List<Organization> organizations,
                         List<CountryMetric> metrics, List<Milestone> milestones, List<Programme> programmes,
                         List<PipelineListing> listings, List<CollaborationEvent> events, List<Person> people,
                         TrialCountsByCountry trials) {

    public ReportData {
        countries = List.copyOf(countries);
        sources = List.copyOf(sources);
        organizations = List.copyOf(organizations);
        metrics = List.copyOf(metrics);
        milestones = List.copyOf(milestones);
        programmes = List.copyOf(programmes);
        listings = List.copyOf(listings);
        events = List.copyOf(events);
        people = List.copyOf(people);
    }

    /** The in-region countries the report compares, in dataset order, narrowed by the country filter. */
    public List<Country> regionCountries() {
        return landscape.regionCountries().stream().filter(country -> filter.acceptsCountry(country.code())).toList();
    }
}
