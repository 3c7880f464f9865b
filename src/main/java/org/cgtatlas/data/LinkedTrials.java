package org.cgtatlas.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.domain.TrialClassification;
import org.cgtatlas.domain.TrialCountryCounts;
import org.cgtatlas.domain.TrialLinks;
import org.cgtatlas.domain.TrialOverride;
import org.cgtatlas.domain.TrialRegistration;

/**
 * The stored records of both registry tables joined into trials ({@link TrialLinks}), so that a trial registered in
 * two registers is listed and counted once. The ClinicalTrials.gov record comes first, so an NCT number is the primary id
 * when there is one; then the ICTRP records in the order they were registered, so the first registration is next. A joined trial counts for every country of any of its records;
 * it is a CGT trial of the first modality any of its records was classified as, in that order.
 */
final class LinkedTrials {

    /**
     * One stored record.
     *
     * @param inferred true when its countries stand in for a blank ICTRP {@code Countries}
     * @param trial    the record as a classified trial; null when only counting
     */
    record Member(String id, String register, List<String> secondaryIds, Set<String> countries, boolean inferred,
                  Modality modality, boolean fromIctrp, String webAddress, LocalDate registered, ClassifiedTrial trial) {
    }

    /** ICTRP records in the order of their registration (undated ones last), then by TrialID. */
    private static final Comparator<Member> FIRST_REGISTERED = Comparator.comparing(Member::registered,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Member::id);

    private final List<List<Member>> groups;
    /** Analysts' verdicts by {@link TrialLinks#key}; one on any record of a trial decides the whole trial. */
    private final Map<String, TrialOverride> overrides;

    private LinkedTrials(List<List<Member>> groups, Map<String, TrialOverride> overrides) {
        this.groups = groups;
        this.overrides = overrides;
    }

    /** {@code overrides} by trial id as the analyst gave it. */
    static LinkedTrials of(List<Member> clinicalTrialsGov, List<Member> ictrp, Map<String, TrialOverride> overrides) {
        List<Member> all = new ArrayList<>(clinicalTrialsGov.size() + ictrp.size());
        all.addAll(clinicalTrialsGov);
        ictrp.stream().sorted(FIRST_REGISTERED).forEach(all::add);
        Map<String, TrialOverride> byKey = new HashMap<>();
        overrides.forEach((id, override) -> byKey.put(TrialLinks.key(id), override));
        return new LinkedTrials(TrialLinks.group(all, Member::id, Member::secondaryIds), byKey);
    }

    /** Each trial once, its records joined, an analyst's modality applied; only for members read with their trial. */
    List<ClassifiedTrial> trials() {
        List<ClassifiedTrial> trials = new ArrayList<>(groups.size());
        for (List<Member> group : groups) {
            ClassifiedTrial trial = group.size() == 1 && !group.get(0).fromIctrp() ? group.get(0).trial() : joined(group);
            TrialOverride override = override(group);
            trials.add(override == null ? trial
                    : new ClassifiedTrial(trial.trial(), override.over(trial.classification()), trial.registration()));
        }
        return trials;
    }

    private TrialOverride override(List<Member> group) {
        for (Member member : group) {
            TrialOverride override = overrides.get(TrialLinks.key(member.id()));
            if (override != null) {
                return override;
            }
        }
        return null;
    }

    /** The trial's modality: the analyst's where one is set, else the first any of its records was classified as. */
    private Modality modality(List<Member> group) {
        TrialOverride override = override(group);
        if (override != null) {
            return override.modality();
        }
        return group.stream().map(Member::modality).filter(m -> m != null).findFirst().orElse(null);
    }

    private static ClassifiedTrial joined(List<Member> group) {
        Member primary = group.get(0);
        Trial first = primary.trial().trial();
        Trial trial = new Trial(first.nctId(), first.title(), first.status(), first.phases(), first.conditions(),
                first.interventions(), first.sponsor(), first.funderType(), first.startDate(), first.completionDate(),
                first.enrollment(), countries(group));
        Set<String> registers = new LinkedHashSet<>();
        Map<String, String> others = new LinkedHashMap<>();
        for (Member member : group) {
            registers.add(member.register());
            if (!TrialLinks.key(member.id()).equals(TrialLinks.key(primary.id()))) {
                others.putIfAbsent(TrialLinks.key(member.id()), member.id() + " (" + member.register() + ")");
            }
        }
        TrialRegistration registration = new TrialRegistration(primary.register(), List.copyOf(registers),
                List.copyOf(others.values()), inferredOnly(group), group.stream().anyMatch(Member::fromIctrp),
                primary.webAddress());
        return new ClassifiedTrial(trial, classification(group), registration);
    }

    private static TrialClassification classification(List<Member> group) {
        for (Member member : group) {
            if (member.trial().classification().isCgt()) {
                return member.trial().classification();
            }
        }
        return group.get(0).trial().classification();
    }

    /**
     * Per country: all trials, CGT trials, CGT trials per modality, of each those counted there by inference only, and
     * of each how many per register of their primary id.
     */
    List<TrialCountryCounts> countsByCountry() {
        Map<String, Tally> tallies = new HashMap<>();
        for (List<Member> group : groups) {
            Modality modality = modality(group);
            Set<String> inferred = inferredOnly(group);
            String registry = group.get(0).register();
            for (String country : countries(group)) {
                tallies.computeIfAbsent(country, code -> new Tally()).add(modality, inferred.contains(country), registry);
            }
        }
        List<TrialCountryCounts> countries = new ArrayList<>();
        tallies.forEach((country, tally) -> countries.add(new TrialCountryCounts(country, tally.all, tally.cgt,
                tally.byModality, tally.inferred, tally.inferredCgt, tally.byRegistry, tally.cgtByRegistry)));
        countries.sort(Comparator.comparingLong(TrialCountryCounts::allTrials).reversed()
                .thenComparing(TrialCountryCounts::countryCode));
        return countries;
    }

    /** One country's counts in the making. */
    private static final class Tally {
        private final Map<Modality, Long> byModality = new EnumMap<>(Modality.class);
        private final Map<String, Long> byRegistry = new HashMap<>();
        private final Map<String, Long> cgtByRegistry = new HashMap<>();
        private long all;
        private long cgt;
        private long inferred;
        private long inferredCgt;

        void add(Modality modality, boolean inferredHere, String registry) {
            all++;
            inferred += inferredHere ? 1 : 0;
            byRegistry.merge(registry, 1L, Long::sum);
            if (modality != null) {
                cgt++;
                inferredCgt += inferredHere ? 1 : 0;
                byModality.merge(modality, 1L, Long::sum);
                cgtByRegistry.merge(registry, 1L, Long::sum);
            }
        }
    }

    /** CGT trials per modality, each trial once. */
    Map<Modality, Long> countsByModality() {
        Map<Modality, Long> counts = new EnumMap<>(Modality.class);
        for (List<Member> group : groups) {
            Modality modality = modality(group);
            if (modality != null) {
                counts.merge(modality, 1L, Long::sum);
            }
        }
        return counts;
    }

    int size() {
        return groups.size();
    }

    private static Set<String> countries(List<Member> group) {
        Set<String> countries = new HashSet<>();
        group.forEach(member -> countries.addAll(member.countries()));
        return countries;
    }

    private static Set<String> inferredOnly(List<Member> group) {
        Set<String> inferred = new HashSet<>();
        group.stream().filter(Member::inferred).forEach(member -> inferred.addAll(member.countries()));
        group.stream().filter(member -> !member.inferred()).forEach(member -> inferred.removeAll(member.countries()));
        return inferred;
    }
}
