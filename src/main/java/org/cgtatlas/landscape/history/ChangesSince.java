package org.cgtatlas.landscape.history;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.cgtatlas.data.LoggedVersions;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.FieldChange;
import org.cgtatlas.domain.Milestone;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.Person;
import org.cgtatlas.domain.PipelineListing;
import org.cgtatlas.domain.ProductEntry;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.RecordChange;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.domain.RegistryHistory;
import org.cgtatlas.domain.RegistryTrialState;
import org.cgtatlas.domain.Source;
import org.cgtatlas.domain.TrialOverride;

/**
 * What changed between a starting point (a briefing's data revision, or the last change before a date) and now, as
 * one computation the screen, the PDF section and the command line all show. Curated records are compared net: a
 * record edited several times is one change with the fields that differ between then and now; one added and deleted
 * since, or edited back to what it was, is no change. The registry part is {@link RegistryCountsThen}.
 */
public final class ChangesSince {

    /** Where the comparison starts: a label for people ("briefing #3 'Q3 review', 2026-10-01"), its revision and time. */
    public record Start(String label, long revision, OffsetDateTime at) {
    }

    public enum Change { ADDED, REMOVED, CHANGED }

    /**
     * One record's net change: its kind, id and name (as now, or as it was if removed), its countries (ISO codes,
     * empty if it names none), its modality if it has one, the fields that differ then → now, and its last change.
     */
    public record RecordDiff(RecordKind kind, String recordId, String name, Change change, List<String> countryCodes,
                             Modality modality, List<FieldChange> fields, long lastRevision, OffsetDateTime lastChangedAt) {

        public RecordDiff {
            countryCodes = List.copyOf(countryCodes);
            fields = List.copyOf(fields);
        }
    }

    /** What to keep: a country (ISO code), a kind of record, a modality; null keeps all. */
    public record Filter(String countryCode, RecordKind kind, Modality modality) {
        public static final Filter ALL = new Filter(null, null, null);

        boolean keeps(RecordDiff diff) {
            return (countryCode == null || diff.countryCodes().contains(countryCode))
                    && (kind == null || diff.kind() == kind)
                    && (modality == null || diff.modality() == modality);
        }

        boolean keeps(RegistryCountsThen.Cell cell) {
            return (countryCode == null || cell.countryCode().equals(countryCode))
                    && (modality == null || cell.modality() == modality);
        }
    }

    /** The group of records that name no country. */
    public static final String NO_COUNTRY = "";

    private static final Comparator<RecordDiff> ORDER = Comparator.comparing(RecordDiff::kind)
            .thenComparing(RecordDiff::name, String.CASE_INSENSITIVE_ORDER).thenComparing(RecordDiff::recordId);

    private final Start start;
    private final long revisionNow;
    private final Filter filter;
    private final List<RecordDiff> records;
    private final List<RegistryCountsThen.Difference> registry;

    private ChangesSince(Start start, long revisionNow, Filter filter, List<RecordDiff> records,
                         List<RegistryCountsThen.Difference> registry) {
        this.start = start;
        this.revisionNow = revisionNow;
        this.filter = filter;
        this.records = records;
        this.registry = registry;
    }

    /**
     * @param changes  the curated changes after {@code start.revision()} up to {@code revisionNow}, oldest first
     * @param registry the trials now and the registry runs after {@code start.revision()}
     */
    public static ChangesSince of(Start start, long revisionNow, List<RecordChange> changes, RegistryHistory registry,
                                  Filter filter) {
        Map<String, RecordChange> first = new LinkedHashMap<>();
        Map<String, RecordChange> last = new LinkedHashMap<>();
        for (RecordChange change : changes) {
            String key = change.kind().key() + '\u0000' + change.recordId();
            first.putIfAbsent(key, change);
            last.put(key, change);
        }
        List<RecordDiff> records = new ArrayList<>();
        first.forEach((key, oldest) -> net(oldest, last.get(key), registry.current())
                .filter(filter::keeps).ifPresent(records::add));
        records.sort(ORDER);
        List<RegistryCountsThen.Difference> differences = RegistryCountsThen.of(registry).differences().stream()
                .filter(difference -> filter.keeps(difference.cell())).toList();
        return new ChangesSince(start, revisionNow, filter, List.copyOf(records), differences);
    }

    private static Optional<RecordDiff> net(RecordChange oldest, RecordChange newest,
                                                      Map<String, RegistryTrialState> trials) {
        String before = oldest.fieldsBefore();
        String after = newest.fieldsAfter();
        if (before == null && after == null) {
            return Optional.empty();
        }
        List<FieldChange> fields = oldest == newest ? newest.fields() : LoggedVersions.differences(before, after);
        if (before != null && after != null && fields.isEmpty()) {
            return Optional.empty();
        }
        Change change = before == null ? Change.ADDED : after == null ? Change.REMOVED : Change.CHANGED;
        Record shown = LoggedVersions.read(newest.kind(), after != null ? after : before);
        Record then = before == null || after == null || newest.kind() != RecordKind.TRIAL_OVERRIDE ? null
                : LoggedVersions.read(oldest.kind(), before);
        return Optional.of(new RecordDiff(newest.kind(), newest.recordId(), nameOf(shown),
                change, countriesOf(shown, trials), modalityOf(shown, then, trials), fields, newest.seq(),
                newest.changedAt()));
    }

    private static String nameOf(Record record) {
        if (record instanceof Programme programme) {
            return programme.name();
        } else if (record instanceof Organization organization) {
            return organization.name();
        } else if (record instanceof CollaborationEvent event) {
            return event.title();
        } else if (record instanceof CountryMetric metric) {
            return metric.wording() == null || metric.wording().isBlank() ? metric.kind().name() : metric.wording();
        } else if (record instanceof Milestone milestone) {
            return milestone.title();
        } else if (record instanceof PipelineListing listing) {
            return listing.organizationId();
        } else if (record instanceof Person person) {
            return person.name();
        } else if (record instanceof Country country) {
            return country.name();
        } else if (record instanceof Source source) {
            return source.title();
        } else if (record instanceof TrialOverride override) {
            return override.trialId();
        } else if (record instanceof ProductEntry product) {
            return product.name();
        }
        return record.toString();
    }

    /** The record's countries; an override takes its trial's sites' countries. */
    private static List<String> countriesOf(Record record, Map<String, RegistryTrialState> trials) {
        List<String> codes = List.of();
        if (record instanceof CollaborationEvent event) {
            codes = event.countryCodes();
        } else if (record instanceof TrialOverride override && trials.containsKey(override.trialId())) {
            codes = trials.get(override.trialId()).countryCodes();
        } else {
            codes = single(countryCodeOf(record));
        }
        return codes.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }

    private static String countryCodeOf(Record record) {
        if (record instanceof Programme programme) {
            return programme.countryCode();
        } else if (record instanceof Organization organization) {
            return organization.countryCode();
        } else if (record instanceof CountryMetric metric) {
            return metric.countryCode();
        } else if (record instanceof Milestone milestone) {
            return milestone.countryCode();
        } else if (record instanceof PipelineListing listing) {
            return listing.countryCode();
        } else if (record instanceof Person person) {
            return person.countryCode();
        } else if (record instanceof Country country) {
            return country.code();
        } else if (record instanceof ProductEntry product) {
            return product.country();
        }
        return null;
    }

    private static List<String> single(String code) {
        return code == null || code.isBlank() ? List.of() : List.of(code);
    }

    /**
     * The record's modality now, or as it was if it was removed; an override saying "not CGT" keeps the modality it
     * had, else the classifier's.
     */
    private static Modality modalityOf(Record shown, Record then, Map<String, RegistryTrialState> trials) {
        if (shown instanceof Programme programme) {
            return programme.modality();
        } else if (shown instanceof ProductEntry product) {
            return product.modality();
        } else if (shown instanceof TrialOverride override) {
            if (override.modality() != null) {
                return override.modality();
            }
            if (then instanceof TrialOverride earlier && earlier.modality() != null) {
                return earlier.modality();
            }
            RegistryTrialState trial = trials.get(override.trialId());
            return trial == null || trial.modality() == null ? null : Modality.valueOf(trial.modality());
        }
        return null;
    }

    public Start start() {
        return start;
    }

    public long revisionNow() {
        return revisionNow;
    }

    public Filter filter() {
        return filter;
    }

    /** The records changed, by kind, then name. */
    public List<RecordDiff> records() {
        return records;
    }

    public long count(Change change) {
        return records.stream().filter(diff -> diff.change() == change).count();
    }

    /** The records by country code (the records naming no country last, under {@link #NO_COUNTRY}); one naming two countries is in both. */
    public Map<String, List<RecordDiff>> byCountry() {
        Map<String, List<RecordDiff>> groups = new TreeMap<>(Comparator.comparing(String::isEmpty)
                .thenComparing(Comparator.naturalOrder()));
        for (RecordDiff diff : records) {
            List<String> codes = diff.countryCodes().isEmpty() ? List.of(NO_COUNTRY) : diff.countryCodes();
            for (String code : codes) {
                if (filter.countryCode() == null || code.equals(filter.countryCode())) {
                    groups.computeIfAbsent(code, key -> new ArrayList<>()).add(diff);
                }
            }
        }
        return groups;
    }

    /** The records by kind, in the kinds' order. */
    public Map<RecordKind, List<RecordDiff>> byKind() {
        Map<RecordKind, List<RecordDiff>> groups = new TreeMap<>();
        records.forEach(diff -> groups.computeIfAbsent(diff.kind(), key -> new ArrayList<>()).add(diff));
        return groups;
    }

    /** The registry's CGT trial counts per country × modality that differ between then and now, with their trials. */
    public List<RegistryCountsThen.Difference> registry() {
        return registry;
    }
}
