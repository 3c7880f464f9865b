package org.cgtatlas.feature.countries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cgtatlas.core.settings.SettingsStore;
import org.cgtatlas.landscape.countries.ComparisonRow;
import org.cgtatlas.landscape.countries.ComparisonRowKind;
import org.cgtatlas.landscape.countries.CountryComparison;
import org.cgtatlas.landscape.countries.Landscapes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonLayoutTest {

    @TempDir
    Path folder;

    @Test
    void rowOrderHiddenRowsAndHiddenColumnsSurviveARestart() {
        Path file = folder.resolve("settings.properties");
        SettingsStore settings = SettingsStore.load(file);
        ComparisonLayout.defaults()
                .withRows(List.of(ComparisonRowKind.EVENTS, ComparisonRowKind.APPROVED_PRODUCTS), Set.of(ComparisonRowKind.MARKET_GROWTH))
                .withColumnShown("TW", false)
                .remember(settings);
        settings.save();

        ComparisonLayout restored = ComparisonLayout.restore(SettingsStore.load(file));

        assertThat(restored.rowOrder()).startsWith(ComparisonRowKind.EVENTS, ComparisonRowKind.APPROVED_PRODUCTS)
                .hasSize(ComparisonRowKind.values().length);
        assertThat(restored.hiddenRows()).containsExactly(ComparisonRowKind.MARKET_GROWTH);
        assertThat(restored.isColumnShown("TW")).isFalse();
        assertThat(restored.isColumnShown("JP")).isTrue();
    }

    @Test
    void unknownNamesAreIgnoredAndRowsMissingFromASavedOrderAreAppendedShown() throws Exception {
        Path file = folder.resolve("settings.properties");
        Files.writeString(file, "countries.rowOrder=EVENTS,NO_SUCH_ROW\ncountries.hiddenRows=NO_SUCH_ROW\n");

        ComparisonLayout restored = ComparisonLayout.restore(SettingsStore.load(file));

        assertThat(restored.rowOrder().get(0)).isEqualTo(ComparisonRowKind.EVENTS);
        assertThat(restored.rowOrder()).contains(ComparisonRowKind.COUNTED_TRIALS);
        assertThat(restored.hiddenRows()).isEmpty();
    }

    @Test
    void visibleRowsFollowTheChosenOrderAndSkipHiddenAndAbsentRows() {
        CountryComparison comparison = CountryComparison.of(Landscapes.bundled(), Optional.empty());
        ComparisonLayout layout = ComparisonLayout.defaults().withRows(
                List.of(ComparisonRowKind.COUNTED_TRIALS, ComparisonRowKind.EVENTS, ComparisonRowKind.APPROVED_PRODUCTS),
                Set.of(ComparisonRowKind.APPROVED_PRODUCTS));

        List<ComparisonRowKind> shown = layout.visibleRows(comparison).stream().map(ComparisonRow::kind).toList();

        assertThat(shown.get(0)).isEqualTo(ComparisonRowKind.EVENTS);
        assertThat(shown).doesNotContain(ComparisonRowKind.APPROVED_PRODUCTS, ComparisonRowKind.COUNTED_TRIALS);
    }
}
