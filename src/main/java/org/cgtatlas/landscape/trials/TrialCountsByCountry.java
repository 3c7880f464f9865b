package org.cgtatlas.landscape.trials;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.CountryNames;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.RegistryFile;
import org.cgtatlas.domain.TrialGroup;
import org.cgtatlas.domain.TrialPhases;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.Region;

/**
 * The imported registry's cell and gene therapy trials in a briefing's terms: the region's countries first, then the
 * region as a whole, Hong Kong apart, and the rest of the world as one column; per modality (most trials in the region
 * first) and per phase (in the order trials advance). A country column counts a trial once for each country where it
 * has a site, as the Trials screen and {@code cgt-atlas stats} do; the region and rest-of-world columns count a trial
 * once however many of their countries it has sites in.
 */
public final class TrialCountsByCountry {

    /** Hong Kong is counted apart from China, as the registry lists it. */
    public static final String HONG_KONG = "HK";
    /** How many rest-of-world countries are named. */
    public static final int LEADERS = 5;

    public enum Kind { COUNTRY, REGION, REST_OF_WORLD }

    /** A column: one country (with its code), the region, or the rest of the world. */
    public record Column(String label, Kind kind, String countryCode) {
    }

    /** A table row: its label and a count per column, in the columns' order. */
    public record Row(String label, List<Long> counts) {

        public Row {
            counts = List.copyOf(counts);
        }

        public long count(int column) {
            return counts.get(column);
        }
    }

    /** A country outside the region with its trials. */
    public record CountryCount(String countryCode, String name, long trials) {
    }

    private final List<Column> columns;
    private final List<Row> byModality;
    private final List<Row> byPhase;
    private final Row totals;
    private final List<CountryCount> restOfWorldLeaders;
    private final long withoutCountry;
    private final List<RegistryFile> files;

    private TrialCountsByCountry(List<Column> columns, List<Row> byModality, List<Row> byPhase, Row totals,
                                 List<CountryCount> restOfWorldLeaders, long withoutCountry, List<RegistryFile> files) {
        this.columns = List.copyOf(columns);
        this.byModality = List.copyOf(byModality);
        this.byPhase = List.copyOf(byPhase);
        this.totals = totals;
        this.restOfWorldLeaders = List.copyOf(restOfWorldLeaders);
        this.withoutCountry = withoutCountry;
        this.files = List.copyOf(files);
    }

    /** Every imported CGT trial. */
    public static TrialCountsByCountry of(Landscape landscape) {
        return of(landscape, null);
    }

    /** The imported CGT trials of {@code modality}, or all of them when it is null. */
    public static TrialCountsByCountry of(Landscape landscape, Modality modality) {
        List<TrialGroup> groups = landscape.registryBreakdown().groups().stream()
                .filter(group -> modality == null || group.modality() == modality).toList();
        Region region = landscape.region();
        List<Column> columns = columns(landscape);
        List<Predicate<TrialGroup>> counts = columns.stream().map(column -> countedIn(column, region)).toList();

        Map<Modality, List<TrialGroup>> perModality = new EnumMap<>(Modality.class);
        Map<List<String>, List<TrialGroup>> perPhase = new TreeMap<>(TrialPhases.ORDERED);
        for (TrialGroup group : groups) {
            perModality.computeIfAbsent(group.modality(), key -> new ArrayList<>()).add(group);
            perPhase.computeIfAbsent(group.phases(), key -> new ArrayList<>()).add(group);
        }
        int regionColumn = indexOf(columns, Kind.REGION);
        int restOfWorldColumn = indexOf(columns, Kind.REST_OF_WORLD);
        List<Row> byModality = new ArrayList<>();
        perModality.forEach((key, members) -> byModality.add(row(key.label(), members, counts)));
        byModality.sort(Comparator.comparingLong((Row row) -> row.count(regionColumn))
                .thenComparingLong(row -> row.count(restOfWorldColumn)).reversed());
        List<Row> byPhase = new ArrayList<>();
        perPhase.forEach((phases, members) -> byPhase.add(row(TrialPhases.label(phases), members, counts)));
        long withoutCountry = groups.stream().filter(group -> group.countryCodes().isEmpty()).mapToLong(TrialGroup::trials).sum();
        return new TrialCountsByCountry(columns, byModality, byPhase, row("All CGT trials", groups, counts),
                leaders(landscape, groups), withoutCountry, landscape.registryBreakdown().files());
    }

    private static List<Column> columns(Landscape landscape) {
        List<Column> columns = new ArrayList<>();
        for (Country country : landscape.regionCountries()) {
            columns.add(new Column(country.name(), Kind.COUNTRY, country.code()));
        }
        columns.add(new Column("Region", Kind.REGION, null));
        if (!landscape.region().contains(HONG_KONG)) {
            columns.add(new Column(name(landscape, HONG_KONG), Kind.COUNTRY, HONG_KONG));
        }
        columns.add(new Column("Rest of world", Kind.REST_OF_WORLD, null));
        return columns;
    }

    private static Predicate<TrialGroup> countedIn(Column column, Region region) {
        return switch (column.kind()) {
            case COUNTRY -> group -> group.countryCodes().contains(column.countryCode());
            case REGION -> group -> group.countryCodes().stream().anyMatch(region::contains);
            case REST_OF_WORLD -> group -> group.countryCodes().stream().anyMatch(code -> isRestOfWorld(code, region));
        };
    }

    private static boolean isRestOfWorld(String code, Region region) {
        return !region.contains(code) && !code.equals(HONG_KONG);
    }

    private static Row row(String label, List<TrialGroup> groups, List<Predicate<TrialGroup>> columns) {
        List<Long> counts = new ArrayList<>();
        for (Predicate<TrialGroup> column : columns) {
            counts.add(groups.stream().filter(column).mapToLong(TrialGroup::trials).sum());
        }
        return new Row(label, counts);
    }

    private static List<CountryCount> leaders(Landscape landscape, List<TrialGroup> groups) {
        Map<String, Long> perCountry = new HashMap<>();
        for (TrialGroup group : groups) {
            group.countryCodes().stream().filter(code -> isRestOfWorld(code, landscape.region()))
                    .forEach(code -> perCountry.merge(code, group.trials(), Long::sum));
        }
        return perCountry.entrySet().stream()
                .map(entry -> new CountryCount(entry.getKey(), name(landscape, entry.getKey()), entry.getValue()))
                .sorted(Comparator.comparingLong(CountryCount::trials).reversed().thenComparing(CountryCount::name))
                .limit(LEADERS).toList();
    }

    /** The country table's name, or the English name of the code. */
    private static String name(Landscape landscape, String code) {
        return landscape.country(code).map(Country::name).orElseGet(() -> CountryNames.of(code));
    }

    /** True while no CGT trial has been imported (or none matches the modality asked for). */
    public boolean isEmpty() {
        return totals.counts().stream().allMatch(count -> count == 0) && withoutCountry == 0;
    }

    public List<Column> columns() {
        return columns;
    }

    /** One row per modality with trials, most trials in the region first. */
    public List<Row> byModality() {
        return byModality;
    }

    /** One row per phase (or combination, "Phase 1/2") with trials, from early phase 1 to phase 4, then the rest. */
    public List<Row> byPhase() {
        return byPhase;
    }

    /** The CGT trials per column, each trial once per column. */
    public Row totals() {
        return totals;
    }

    /** The rest-of-world countries with the most trials, at most {@link #LEADERS}. */
    public List<CountryCount> restOfWorldLeaders() {
        return restOfWorldLeaders;
    }

    /** CGT trials whose record names no site country, so no column counts them. */
    public long withoutCountry() {
        return withoutCountry;
    }

    /** The registry files the counts come from, oldest import first. */
    public List<RegistryFile> files() {
        return files;
    }

    /** The count of the column of {@code countryCode} in {@code row}, if it has a column. */
    public long count(Row row, String countryCode) {
        for (int i = 0; i < columns.size(); i++) {
            if (countryCode.equals(columns.get(i).countryCode())) {
                return row.count(i);
            }
        }
        throw new IllegalArgumentException("No column for " + countryCode);
    }

    public long count(Row row, Kind kind) {
        return row.count(indexOf(columns, kind));
    }

    private static int indexOf(List<Column> columns, Kind kind) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).kind() == kind) {
                return i;
            }
        }
        throw new IllegalArgumentException("No column for " + kind);
    }
}
