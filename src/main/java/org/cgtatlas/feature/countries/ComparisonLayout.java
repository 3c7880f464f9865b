package org.cgtatlas.feature.countries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cgtatlas.core.settings.SettingsStore;
import org.cgtatlas.landscape.countries.ComparisonRow;
import org.cgtatlas.landscape.countries.ComparisonRowKind;
import org.cgtatlas.landscape.countries.CountryComparison;

/**
 * Which comparison rows are shown and in what order, and which country columns are hidden; kept in the
 * settings under {@code countries.}. Rows unknown to a saved order (added in a later version) are appended, shown.
 */
public record ComparisonLayout(List<ComparisonRowKind> rowOrder, Set<ComparisonRowKind> hiddenRows,
                               Set<String> hiddenCountries) {

    static final String KEY_ROW_ORDER = "countries.rowOrder";
    static final String KEY_HIDDEN_ROWS = "countries.hiddenRows";
    static final String KEY_HIDDEN_COLUMNS = "countries.hiddenColumns";

    public ComparisonLayout {
        List<ComparisonRowKind> complete = new ArrayList<>(new LinkedHashSet<>(rowOrder));
        Arrays.stream(ComparisonRowKind.values()).filter(kind -> !complete.contains(kind)).forEach(complete::add);
        rowOrder = List.copyOf(complete);
        hiddenRows = Set.copyOf(hiddenRows);
        hiddenCountries = Set.copyOf(hiddenCountries);
    }

    public static ComparisonLayout defaults() {
        return new ComparisonLayout(List.of(), Set.of(), Set.of());
    }

    public static ComparisonLayout restore(SettingsStore settings) {
        return new ComparisonLayout(
                names(settings.get(KEY_ROW_ORDER, "")).stream().flatMap(name -> parse(name).stream()).toList(),
                names(settings.get(KEY_HIDDEN_ROWS, "")).stream().flatMap(name -> parse(name).stream()).collect(Collectors.toSet()),
                Set.copyOf(names(settings.get(KEY_HIDDEN_COLUMNS, ""))));
    }

    public void remember(SettingsStore settings) {
        settings.put(KEY_ROW_ORDER, rowOrder.stream().map(Enum::name).collect(Collectors.joining(",")));
        settings.put(KEY_HIDDEN_ROWS, hiddenRows.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        settings.put(KEY_HIDDEN_COLUMNS, hiddenCountries.stream().sorted().collect(Collectors.joining(",")));
    }

    /** The comparison's rows that are shown, in the chosen order. */
    public List<ComparisonRow> visibleRows(CountryComparison comparison) {
        return rowOrder.stream()
                .filter(kind -> !hiddenRows.contains(kind))
                .flatMap(kind -> comparison.row(kind).stream())
                .toList();
    }

    public boolean isColumnShown(String countryCode) {
        return !hiddenCountries.contains(countryCode);
    }

    public ComparisonLayout withRows(List<ComparisonRowKind> order, Set<ComparisonRowKind> hidden) {
        return new ComparisonLayout(order, hidden, hiddenCountries);
    }

    public ComparisonLayout withColumnShown(String countryCode, boolean shown) {
        Set<String> hidden = new LinkedHashSet<>(hiddenCountries);
        if (shown) {
            hidden.remove(countryCode);
        } else {
            hidden.add(countryCode);
        }
        return new ComparisonLayout(rowOrder, hiddenRows, hidden);
    }

    private static List<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    private static Optional<ComparisonRowKind> parse(String name) {
        return Arrays.stream(ComparisonRowKind.values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
}
