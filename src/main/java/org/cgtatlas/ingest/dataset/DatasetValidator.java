package org.cgtatlas.ingest.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.cgtatlas.domain.AnalystSource;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.DateRules;
import org.cgtatlas.domain.EventParticipant;
import org.cgtatlas.domain.Inference;
import org.cgtatlas.domain.Milestone;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.Person;
import org.cgtatlas.domain.PipelineListing;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.RecordOrigin;
import org.cgtatlas.domain.Source;

/**
 * Checks what JSON types cannot: the format marker, required fields, unique ids, references that resolve,
 * and citations whose quotes occur verbatim in their source. Ids already stored count as known references.
 */
public final class DatasetValidator {

    private final Set<String> storedIds;
    private final Map<String, String> storedSourceTexts;
    private final LocalDate today;

    /** For a file checked on its own. */
    public DatasetValidator() {
        this(Set.of(), Map.of());
    }

    /** For a file imported into a database that already holds these ids and source texts. */
    public DatasetValidator(Set<String> storedIds, Map<String, String> storedSourceTexts) {
        this(storedIds, storedSourceTexts, LocalDate.now());
    }

    /** As above, with {@code today} the last day an analyst's source may have been read. */
    public DatasetValidator(Set<String> storedIds, Map<String, String> storedSourceTexts, LocalDate today) {
        this.storedIds = storedIds;
        this.storedSourceTexts = storedSourceTexts;
        this.today = today;
    }

    public List<String> problems(Dataset dataset) {
        Check check = new Check();
        if (!Dataset.FORMAT.equals(dataset.format())) {
            check.add("format", "expected \"" + Dataset.FORMAT + "\" but found " + quoted(dataset.format()));
        }
        if (dataset.formatVersion() < Dataset.OLDEST_READABLE_FORMAT_VERSION
                || dataset.formatVersion() > Dataset.FORMAT_VERSION) {
            check.add("formatVersion", "this version of CGT Atlas reads format versions "
                    + Dataset.OLDEST_READABLE_FORMAT_VERSION + " to " + Dataset.FORMAT_VERSION + ", not "
                    + dataset.formatVersion());
        }
        check.date("asOf", "the dataset", dataset.asOf());
        Map<String, String> sourceTexts = new HashMap<>(storedSourceTexts);
        Set<String> countries = new HashSet<>(storedIds);
        Set<String> organizations = new HashSet<>(storedIds);
        Set<String> events = new HashSet<>(storedIds);

        unique(check, "sources", dataset.sources(), Source::id);
        for (int i = 0; i < dataset.sources().size(); i++) {
            Source source = dataset.sources().get(i);
            String at = "sources[" + i + "]";
            check.required(at + ".title", source.title());
            check.required(at + ".language", source.language());
            check.required(at + ".text", source.text());
            check.date(at + ".publishedOn", record(source.id()), source.publishedOn());
            if (source.id() != null && source.text() != null) {
                sourceTexts.put(source.id(), source.text());
            }
        }
        unique(check, "countries", dataset.countries(), Country::code);
        for (int i = 0; i < dataset.countries().size(); i++) {
            check.required("countries[" + i + "].name", dataset.countries().get(i).name());
            countries.add(dataset.countries().get(i).code());
        }
        unique(check, "organizations", dataset.organizations(), Organization::id);
        dataset.organizations().forEach(organization -> organizations.add(organization.id()));
        unique(check, "events", dataset.events(), CollaborationEvent::id);
        dataset.events().forEach(event -> events.add(event.id()));
        Set<String> described = new HashSet<>(organizations);
        described.addAll(events);
        dataset.programmes().forEach(programme -> described.add(programme.id()));

        Citations citations = new Citations(check, sourceTexts);
        for (int i = 0; i < dataset.organizations().size(); i++) {
            Organization organization = dataset.organizations().get(i);
            String at = "organizations[" + i + "]";
            check.required(at + ".name", organization.name());
            check.required(at + ".type", organization.type());
            check.reference(at + ".countryCode", organization.countryCode(), countries, "country");
            citations.check(at, organization.citations());
            inferences(check, at, organization.id(), Organization.class, organization.inferred());
        }
        unique(check, "metrics", dataset.metrics(), metric -> metric.id());
        for (int i = 0; i < dataset.metrics().size(); i++) {
            var metric = dataset.metrics().get(i);
            String at = "metrics[" + i + "]";
            check.required(at + ".kind", metric.kind());
            check.required(at + ".value", metric.value());
            check.required(at + ".qualifier", metric.qualifier());
            check.required(at + ".wording", metric.wording());
            check.required(at + ".countryCode", metric.countryCode());
            check.date(at + ".asOf", record(metric.id()), metric.asOf());
            check.reference(at + ".countryCode", metric.countryCode(), countries, "country");
            check.reference(at + ".about", metric.about(), described, "organization, programme or event");
            citations.check(at, metric.citations());
            inferences(check, at, metric.id(), CountryMetric.class, metric.inferred());
        }
        unique(check, "milestones", dataset.milestones(), milestone -> milestone.id());
        for (int i = 0; i < dataset.milestones().size(); i++) {
            var milestone = dataset.milestones().get(i);
            String at = "milestones[" + i + "]";
            check.required(at + ".title", milestone.title());
            check.required(at + ".category", milestone.category());
            check.date(at + ".date", record(milestone.id()), milestone.date());
            check.required(at + ".countryCode", milestone.countryCode());
            check.reference(at + ".countryCode", milestone.countryCode(), countries, "country");
            references(check, at + ".organizationIds", milestone.organizationIds(), organizations, "organization");
            references(check, at + ".eventIds", milestone.eventIds(), events, "event");
            citations.check(at, milestone.citations());
            inferences(check, at, milestone.id(), Milestone.class, milestone.inferred());
        }
        unique(check, "pipelineListings", dataset.pipelineListings(), listing -> listing.id());
        for (int i = 0; i < dataset.pipelineListings().size(); i++) {
            var listing = dataset.pipelineListings().get(i);
            String at = "pipelineListings[" + i + "]";
            check.required(at + ".organizationId", listing.organizationId());
            check.reference(at + ".organizationId", listing.organizationId(), organizations, "organization");
            check.required(at + ".countryCode", listing.countryCode());
            check.reference(at + ".countryCode", listing.countryCode(), countries, "country");
            citations.check(at, listing.citations());
            inferences(check, at, listing.id(), PipelineListing.class, listing.inferred());
        }
        unique(check, "programmes", dataset.programmes(), programme -> programme.id());
        for (int i = 0; i < dataset.programmes().size(); i++) {
            var programme = dataset.programmes().get(i);
            String at = "programmes[" + i + "]";
            check.required(at + ".name", programme.name());
            check.required(at + ".organizationId", programme.organizationId());
            check.reference(at + ".organizationId", programme.organizationId(), organizations, "organization");
            check.reference(at + ".countryCode", programme.countryCode(), countries, "country");
            references(check, at + ".partnerIds", programme.partnerIds(), organizations, "organization");
            citations.check(at, programme.citations(), programme.analystSources(), programme.provenance());
            analystSources(check, at, programme.analystSources());
            inferences(check, at, programme.id(), Programme.class, programme.inferred());
        }
        for (int i = 0; i < dataset.events().size(); i++) {
            var event = dataset.events().get(i);
            String at = "events[" + i + "]";
            check.required(at + ".title", event.title());
            check.required(at + ".type", event.type());
            check.date(at + ".date", record(event.id()), event.date());
            check.date(at + ".endDate", record(event.id()), event.endDate());
            for (int p = 0; p < event.participants().size(); p++) {
                EventParticipant participant = event.participants().get(p);
                check.reference(at + ".participants[" + p + "].organizationId", participant.organizationId(),
                        organizations, "organization");
            }
            references(check, at + ".countryCodes", event.countryCodes(), countries, "country");
            check.reference(at + ".parentEventId", event.parentEventId(), events, "event");
            citations.check(at, event.citations(), event.analystSources(), event.provenance());
            analystSources(check, at, event.analystSources());
            inferences(check, at, event.id(), CollaborationEvent.class, event.inferred());
        }
        unique(check, "people", dataset.people(), person -> person.id());
        for (int i = 0; i < dataset.people().size(); i++) {
            var person = dataset.people().get(i);
            String at = "people[" + i + "]";
            check.required(at + ".name", person.name());
            check.reference(at + ".organizationId", person.organizationId(), organizations, "organization");
            check.reference(at + ".countryCode", person.countryCode(), countries, "country");
            references(check, at + ".eventIds", person.eventIds(), events, "event");
            citations.check(at, person.citations());
            inferences(check, at, person.id(), Person.class, person.inferred());
        }
        return check.problems;
    }

    private static <T> void unique(Check check, String list, List<T> records, Function<T, String> idOf) {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String id = idOf.apply(records.get(i));
            String field = list.equals("countries") ? ".code" : ".id";
            if (id == null || id.isBlank()) {
                check.add(list + "[" + i + "]" + field, "is missing");
                continue;
            }
            Integer earlier = firstIndex.putIfAbsent(id, i);
            if (earlier != null) {
                check.add(list + "[" + i + "]" + field, "duplicate id '" + id + "' (also " + list + "[" + earlier + "])");
            }
        }
    }

    /** An analyst's source names a web page (http or https) or a document, and was read on a day not yet to come. */
    private void analystSources(Check check, String at, List<AnalystSource> sources) {
        for (int i = 0; i < sources.size(); i++) {
            AnalystSource source = sources.get(i);
            String here = at + ".analystSources[" + i + "]";
            boolean noUrl = source.url() == null || source.url().isBlank();
            if (noUrl && (source.title() == null || source.title().isBlank())) {
                check.add(here, "needs a url or a title");
            }
            if (!noUrl && !AnalystSource.isWebAddress(source.url())) {
                check.add(here + ".url", "'" + source.url() + "' is not a web address (http:// or https://)");
            }
            if (source.accessedOn() == null) {
                check.add(here + ".accessedOn", "is required");
            } else if (source.accessedOn().isAfter(today)) {
                check.add(here + ".accessedOn", source.accessedOn() + " is in the future");
            } else if (source.publishedOn() != null && source.accessedOn().isBefore(source.publishedOn().start())) {
                check.add(here + ".accessedOn", source.accessedOn() + " is before the publication date "
                        + source.publishedOn().iso());
            }
            if (source.publishedOn() != null && source.publishedOn().start().isAfter(today)) {
                check.add(here + ".publishedOn", source.publishedOn().iso() + " is in the future");
            }
        }
    }

    /** A marker must name a field this kind of record has, once, and give a reason. */
    private static void inferences(Check check, String at, String recordId, Class<? extends Record> kind,
                                   List<Inference> inferred) {
        Set<String> fields = Inference.inferableFields(kind);
        Set<String> marked = new HashSet<>();
        for (int i = 0; i < inferred.size(); i++) {
            Inference inference = inferred.get(i);
            String here = at + ".inferred[" + i + "]";
            String record = "record '" + recordId + "'";
            if (inference.field() == null || inference.field().isBlank()) {
                check.add(here + ".field", record + ": an inference marker must name the field it marks");
            } else if (!fields.contains(inference.field())) {
                check.add(here + ".field", record + ": '" + inference.field() + "' is not a field of "
                        + kindName(kind) + " (it has " + String.join(", ", new TreeSet<>(fields)) + ")");
            } else if (!marked.add(inference.field())) {
                check.add(here + ".field", record + ": field '" + inference.field() + "' is marked twice");
            }
            if (inference.reason() == null || inference.reason().isBlank()) {
                check.add(here + ".reason", record + ": the marker on field '" + inference.field()
                        + "' needs a reason (what the curator concluded, from what)");
            }
        }
    }

    /** "CollaborationEvent" → "an event", "CountryMetric" → "a metric". */
    private static String kindName(Class<? extends Record> kind) {
        return switch (kind.getSimpleName()) {
            case "CollaborationEvent" -> "an event";
            case "CountryMetric" -> "a metric";
            case "PipelineListing" -> "a pipeline listing";
            case "Organization" -> "an organization";
            default -> "a " + kind.getSimpleName().toLowerCase(Locale.ROOT);
        };
    }

    private static void references(Check check, String at, List<String> ids, Set<String> known, String kind) {
        for (int i = 0; i < ids.size(); i++) {
            check.reference(at + "[" + i + "]", ids.get(i), known, kind);
        }
    }

    private static String record(String id) {
        return "record '" + id + "'";
    }

    private static String quoted(String text) {
        return text == null ? "nothing" : "\"" + text + "\"";
    }

    private static final class Check {
        private final List<String> problems = new ArrayList<>();

        void add(String at, String problem) {
            problems.add(at + ": " + problem);
        }

        void required(String at, Object value) {
            if (value == null || value instanceof String text && text.isBlank()) {
                add(at, "is required");
            }
        }

        /** Dates outside the years the app accepts are refused here as in the forms ({@link DateRules}). */
        void date(String at, String record, PartialDate date) {
            DateRules.check(date).ifPresent(problem -> add(at, record + ": " + problem.describe(date.iso())));
        }

        void reference(String at, String id, Set<String> known, String kind) {
            if (id != null && !known.contains(id)) {
                add(at, "unknown " + kind + " '" + id + "'");
            }
        }
    }

    private record Citations(Check check, Map<String, String> sourceTexts) {
        void check(String at, List<Citation> citations) {
            if (citations.isEmpty()) {
                check.add(at + ".citations", "every fact needs at least one citation");
            }
            checkEach(at, citations);
        }

        /**
         * A programme or event may rest on its analyst's sources instead; one an analyst entered may have no source
         * at all (it is then shown as "no source given").
         */
        void check(String at, List<Citation> citations, List<AnalystSource> analystSources, Provenance provenance) {
            boolean enteredByAnalyst = provenance != null && provenance.origin() == RecordOrigin.USER;
            if (citations.isEmpty() && analystSources.isEmpty() && !enteredByAnalyst) {
                check.add(at + ".citations", "every fact needs at least one citation (or, for a programme or event, "
                        + "an analyst's source)");
            }
            checkEach(at, citations);
        }

        private void checkEach(String at, List<Citation> citations) {
            for (int i = 0; i < citations.size(); i++) {
                Citation citation = citations.get(i);
                String here = at + ".citations[" + i + "]";
                String text = sourceTexts.get(citation.sourceId());
                if (text == null) {
                    check.add(here + ".sourceId", "unknown source '" + citation.sourceId() + "'");
                } else if (citation.quote() == null || citation.quote().isEmpty()) {
                    check.add(here + ".quote", "is required");
                } else if (!text.contains(citation.quote())) {
                    check.add(here + ".quote", "does not occur verbatim in source '" + citation.sourceId() + "'");
                }
            }
        }
    }
}
