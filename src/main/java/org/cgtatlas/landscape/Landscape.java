package org.cgtatlas.landscape;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cgtatlas.domain.CitedPassage;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.Milestone;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.Person;
import org.cgtatlas.domain.PipelineListing;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.RegistryTrialBreakdown;
import org.cgtatlas.domain.RegistryTrialCounts;
import org.cgtatlas.domain.Source;

/**
 * One immutable snapshot of the curated dataset, with the cited passages and the registry trial counts, as read in one
 * consistent transaction for one data revision. Every screen, the PDF, the CSV exports and the CLI read this one
 * object (through {@link LandscapeCache}) and compute their figures with the projections of this package.
 */
public final class Landscape {

    public static final Landscape EMPTY = of(new Dataset(Dataset.FORMAT, Dataset.FORMAT_VERSION, null, null,
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
            List.of(), new RegistryTrialCounts(List.of(), null), RegistryTrialBreakdown.NONE);

    private final Dataset dataset;
    private final List<CitedPassage> passages;
    private final RegistryTrialCounts registryTrials;
    private final RegistryTrialBreakdown registryBreakdown;
    private final long changeLogRevision;
    private final Map<String, Organization> organizationsById;
    private final Map<String, Country> countriesByCode;
    private final Map<String, Source> sourcesById;
    private final Region region;
    private final Map<Object, Object> projections = new ConcurrentHashMap<>();

    private Landscape(Dataset dataset, List<CitedPassage> passages, RegistryTrialCounts registryTrials,
                      RegistryTrialBreakdown registryBreakdown, long changeLogRevision) {
        this.dataset = dataset;
        this.changeLogRevision = changeLogRevision;
        this.passages = List.copyOf(passages);
        this.registryTrials = registryTrials;
        this.registryBreakdown = registryBreakdown;
        this.organizationsById = byId(dataset.organizations(), Organization::id);
        this.countriesByCode = byId(dataset.countries(), Country::code);
        this.sourcesById = byId(dataset.sources(), Source::id);
        this.region = Region.of(dataset.countries());
    }

    public static Landscape of(Dataset dataset, List<CitedPassage> passages, RegistryTrialCounts registryTrials,
                               RegistryTrialBreakdown registryBreakdown) {
        return of(dataset, passages, registryTrials, registryBreakdown, 0);
    }

    /** As read from the database, whose change log's newest seq was {@code changeLogRevision} (0: empty). */
    public static Landscape of(Dataset dataset, List<CitedPassage> passages, RegistryTrialCounts registryTrials,
                               RegistryTrialBreakdown registryBreakdown, long changeLogRevision) {
        return new Landscape(dataset, passages, registryTrials, registryBreakdown, changeLogRevision);
    }

    /** A snapshot of a dataset alone: no cited passages, nothing imported from a registry. */
    public static Landscape of(Dataset dataset) {
        return new Landscape(dataset, List.of(), new RegistryTrialCounts(List.of(), null), RegistryTrialBreakdown.NONE, 0);
    }

    /**
     * The newest change-log seq when this snapshot was read (0 for a log that is empty or a snapshot not read from a
     * database): a briefing of this snapshot showed the data as of that change.
     */
    public long changeLogRevision() {
        return changeLogRevision;
    }

    public Dataset dataset() {
        return dataset;
    }

    public String datasetVersion() {
        return dataset.datasetVersion();
    }

    public PartialDate asOf() {
        return dataset.asOf();
    }

    public List<Country> countries() {
        return dataset.countries();
    }

    public List<Source> sources() {
        return dataset.sources();
    }

    public List<Organization> organizations() {
        return dataset.organizations();
    }

    public List<CountryMetric> metrics() {
        return dataset.metrics();
    }

    public List<Milestone> milestones() {
        return dataset.milestones();
    }

    public List<PipelineListing> pipelineListings() {
        return dataset.pipelineListings();
    }

    public List<Programme> programmes() {
        return dataset.programmes();
    }

    public List<CollaborationEvent> events() {
        return dataset.events();
    }

    public List<Person> people() {
        return dataset.people();
    }

    /** Every quoted passage with the fact it supports, by source. */
    public List<CitedPassage> passages() {
        return passages;
    }

    /** Trials counted from imported registry data; no countries and no import time while nothing was imported. */
    public RegistryTrialCounts registryTrials() {
        return registryTrials;
    }

    /** The imported CGT trials grouped by sites' countries, modality and phases, and the files they came from. */
    public RegistryTrialBreakdown registryBreakdown() {
        return registryBreakdown;
    }

    /** The countries CGT Atlas follows, as the country table marks them. */
    public Region region() {
        return region;
    }

    /** The region's countries, in the stored order. */
    public List<Country> regionCountries() {
        return region.countries();
    }

    public Optional<Country> country(String code) {
        return Optional.ofNullable(code == null ? null : countriesByCode.get(code));
    }

    public Optional<Organization> organization(String id) {
        return Optional.ofNullable(id == null ? null : organizationsById.get(id));
    }

    /** The organization's name, or its id when it is not stored. */
    public String organizationName(String id) {
        return organization(id).map(Organization::name).orElse(id);
    }

    /** The source's title, or its id when it is not stored. */
    public String sourceTitle(String sourceId) {
        Source source = sourcesById.get(sourceId);
        return source == null ? sourceId : source.title();
    }

    public List<Programme> programmesOf(String countryCode) {
        return programmes().stream().filter(programme -> countryCode.equals(programme.countryCode())).toList();
    }

    /** Events count for every country they state. */
    public List<CollaborationEvent> eventsOf(String countryCode) {
        return events().stream().filter(event -> event.countryCodes().contains(countryCode)).toList();
    }

    /**
     * The projection {@code key} of this snapshot, computed on first use and kept with it, so that every reader of
     * one revision shares one result (e.g. {@code landscape.projection(PipelineRows.class, PipelineRows::build)}).
     */
    @SuppressWarnings("unchecked")
    public <T> T projection(Class<?> key, Function<Landscape, T> projection) {
        Object cached = projections.get(key);
        if (cached == null) {
            cached = projection.apply(this);
            Object raced = projections.putIfAbsent(key, cached);
            cached = raced == null ? cached : raced;
        }
        return (T) cached;
    }

    private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
        return records.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity(), (first, second) -> first));
    }
}
