package org.cgtatlas.landscape.countries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.landscape.countries.Landscapes.event;
import static org.cgtatlas.landscape.countries.Landscapes.metric;
import static org.cgtatlas.landscape.countries.Landscapes.milestone;
import static org.cgtatlas.landscape.countries.Landscapes.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.MetricKind;
import org.cgtatlas.domain.MilestoneCategory;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Qualifier;
import org.cgtatlas.domain.RegistrySource;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.trials.RegistryProvenance;
import org.junit.jupiter.api.Test;

class CountryComparisonTest {

    private static CountryComparison compare(List<CountryMetric> metrics) {
        return CountryComparison.of(Landscapes.of(metrics, List.of(), List.of(), List.of()), Optional.empty());
    }

    @Test
    void onlyTheFocusCountriesGetColumns() {
        assertThat(compare(List.of()).countries()).extracting(country -> country.code()).containsExactly("JP", "KR");
    }

    @Test
    void theLatestAsOfWinsAndAnUndatedFigureCountsAsOldest() {
        CountryComparison comparison = compare(List.of(
                metric("m-old", "JP", MetricKind.CGT_TRIALS_ONGOING, 100, Qualifier.EXACT, "100", "trials", "2023"),
                metric("m-undated", "JP", MetricKind.CGT_TRIALS_ONGOING, 500, Qualifier.EXACT, "500", "trials", null),
                metric("m-new", "JP", MetricKind.CGT_TRIALS_ONGOING, 120, Qualifier.AT_LEAST, "120+", "trials", "2024-06")));

        ComparisonCell cell = comparison.cell(ComparisonRowKind.TRIALS_ONGOING, "JP");

        assertThat(cell.text()).isEqualTo("120+ trials");
        assertThat(cell.detail()).isEqualTo("as of 2024-06");
        assertThat(cell.value()).isEqualByComparingTo(BigDecimal.valueOf(120));
        assertThat(cell.citations()).containsExactly(Landscapes.cite("m-new"));
    }

    @Test
    void onTheSameAsOfDateTheFirstIdWins() {
        CountryComparison comparison = compare(List.of(
                metric("m-b", "JP", MetricKind.CAR_T_TRIALS, 20, Qualifier.EXACT, "20", "trials", "2024"),
                metric("m-a", "JP", MetricKind.CAR_T_TRIALS, 10, Qualifier.EXACT, "10", "trials", "2024")));

        assertThat(comparison.cell(ComparisonRowKind.CAR_T_TRIALS, "JP").text()).isEqualTo("10 trials");
    }

    @Test
    void aMissingFigureIsShownAsMissingNotAsZero() {
        ComparisonCell cell = compare(List.of()).cell(ComparisonRowKind.APPROVED_PRODUCTS, "KR");

        assertThat(cell.isMissing()).isTrue();
        assertThat(cell.text()).isEqualTo("—");
        assertThat(cell.value()).isNull();
    }

    @Test
    void theSourcesWordingAndUnitAreKept() {
        CountryComparison comparison = compare(List.of(
                metric("m-over", "KR", MetricKind.APPROVED_AUTOLOGOUS_CELL_THERAPIES, 220, Qualifier.OVER, "over 220", "products", null),
                new CountryMetric("m-range", "JP", MetricKind.MARKET_GROWTH_PCT, BigDecimal.valueOf(3), BigDecimal.valueOf(5),
                        Qualifier.RANGE, "3-5%", "percent", null, null, List.of(), null)));

        assertThat(comparison.cell(ComparisonRowKind.APPROVED_AUTOLOGOUS, "KR").text()).isEqualTo("over 220 products");
        assertThat(comparison.cell(ComparisonRowKind.APPROVED_AUTOLOGOUS, "KR").detail()).isEqualTo("date not stated");
        assertThat(comparison.cell(ComparisonRowKind.MARKET_GROWTH, "JP").text()).isEqualTo("3-5%");
    }

    @Test
    void approvalsNameHowManyAreCellAndGeneTherapiesWithAllTheirSources() {
        CountryComparison comparison = compare(List.of(
                metric("jp-total", "JP", MetricKind.APPROVED_CGT_PRODUCTS, 21, Qualifier.EXACT, "21", "products", "2025-01"),
                metric("jp-gene", "JP", MetricKind.APPROVED_GENE_THERAPIES, 4, Qualifier.EXACT, "4", "products", null),
                metric("kr-total", "KR", MetricKind.APPROVED_CGT_PRODUCTS, 15, Qualifier.EXACT, "15", "products", "2024"),
                metric("kr-cell", "KR", MetricKind.APPROVED_CELL_THERAPIES, 12, Qualifier.EXACT, "12", "products", null),
                metric("kr-gene", "KR", MetricKind.APPROVED_GENE_THERAPIES, 3, Qualifier.EXACT, "3", "products", null)));

        ComparisonCell japan = comparison.cell(ComparisonRowKind.APPROVED_PRODUCTS, "JP");
        assertThat(japan.text()).isEqualTo("21 (4 gene therapies)");
        assertThat(japan.detail()).isEqualTo("as of 2025-01");
        assertThat(japan.citations()).containsExactly(Landscapes.cite("jp-total"), Landscapes.cite("jp-gene"));
        assertThat(japan.evidence()).as("each figure's history can be opened").extracting(Evidence::metricId)
                .containsExactly("jp-total", "jp-gene");
        assertThat(comparison.cell(ComparisonRowKind.APPROVED_PRODUCTS, "KR").text())
                .isEqualTo("15 (12 cell therapies, 3 gene therapies)");
    }

    @Test
    void milestoneRowsShowTheLatestDatedMilestoneAndNeverCallAnUndatedOneLatest() {
        Landscape data = Landscapes.of(List.of(), List.of(
                milestone("r1", "JP", MilestoneCategory.REGULATORY, "Old law", "2021-03"),
                milestone("r2", "JP", MilestoneCategory.REGULATORY, "New guidance", "2024-04"),
                milestone("r3", "JP", MilestoneCategory.REGULATORY, "Undated", null),
                milestone("m1", "KR", MilestoneCategory.MANUFACTURING, "A plant", null),
                milestone("m2", "KR", MilestoneCategory.MANUFACTURING, "Another plant", null),
                milestone("g1", "KR", MilestoneCategory.MARKET, "CDMO growth", null)), List.of(), List.of());
        CountryComparison comparison = CountryComparison.of(data, Optional.empty());

        ComparisonCell regulatory = comparison.cell(ComparisonRowKind.REGULATORY, "JP");
        assertThat(regulatory.text()).isEqualTo("New guidance");
        assertThat(regulatory.detail()).isEqualTo("2024-04 · 3 milestones");
        assertThat(regulatory.evidence()).extracting(Evidence::label)
                .containsExactly("New guidance (2024-04)", "Old law (2021-03)", "Undated (date not stated)");
        assertThat(regulatory.evidence()).extracting(Evidence::metricId).containsOnlyNulls();
        assertThat(comparison.cell(ComparisonRowKind.MANUFACTURING, "KR").text()).isEqualTo("None dated");
        assertThat(comparison.cell(ComparisonRowKind.MANUFACTURING, "KR").detail()).isEqualTo("date not stated · 2 milestones");
        assertThat(comparison.cell(ComparisonRowKind.GROWTH_INDICATORS, "KR").text()).isEqualTo("CDMO growth");
        assertThat(comparison.cell(ComparisonRowKind.MANUFACTURING, "JP").isMissing()).isTrue();
    }

    @Test
    void programmesAndEventsAreCountedAndAnEventCountsForEveryCountryItInvolves() {
        Landscape data = Landscapes.of(List.of(), List.of(),
                List.of(programme("p1", "JP", Modality.CAR_T), programme("p2", "JP", null)),
                List.of(event("e1", "2025", "JP", "KR"), event("e2", null, "KR")));
        CountryComparison comparison = CountryComparison.of(data, Optional.empty());

        assertThat(comparison.cell(ComparisonRowKind.PROGRAMMES, "JP").text()).isEqualTo("2");
        assertThat(comparison.cell(ComparisonRowKind.PROGRAMMES, "KR").text()).isEqualTo("0");
        assertThat(comparison.cell(ComparisonRowKind.EVENTS, "JP").text()).isEqualTo("1");
        assertThat(comparison.cell(ComparisonRowKind.EVENTS, "KR").text()).isEqualTo("2");
    }

    @Test
    void countedRowsAppearOnlyWhenRegistryCountsExistAndSayWhenTheyWereImported() {
        Landscape data = Landscapes.of(List.of(
                metric("jp-trials", "JP", MetricKind.CGT_TRIALS_ONGOING, 150, Qualifier.AT_LEAST, "150+", "trials", "2024")),
                List.of(), List.of(), List.of());
        Optional<CountedTrials> imported = Optional.of(new CountedTrials(Map.of("JP", 212),
                Map.of("JP", Map.of(Modality.CAR_T, 80, Modality.MSC, 120)), LocalDate.of(2026, 11, 20)));

        CountryComparison reportedOnly = CountryComparison.of(data, Optional.empty());
        CountryComparison withCounts = CountryComparison.of(data, imported);

        assertThat(reportedOnly.rows()).noneMatch(row -> row.kind().isCountedFromRegistry());
        ComparisonRow counted = withCounts.row(ComparisonRowKind.COUNTED_TRIALS).orElseThrow();
        assertThat(counted.label()).isEqualTo("CGT trials counted from registry data (imported 2026-11-20)");
        assertThat(counted.cell("JP").text()).isEqualTo("212");
        assertThat(counted.cell("KR").isMissing()).isTrue();
        assertThat(withCounts.cell(ComparisonRowKind.COUNTED_TRIALS_BY_MODALITY, "JP").text())
                .isEqualTo("MSC / stem cell 120 · CAR-T 80");
        assertThat(withCounts.cell(ComparisonRowKind.TRIALS_ONGOING, "JP").text()).isEqualTo("150+ trials");
    }

    @Test
    void countedRowsNameTheirRegistriesAndDatesAndWhatWasInferredWithWhosTerms() {
        Landscape data = Landscapes.of(List.of(), List.of(), List.of(), List.of());
        List<RegistrySource> sources = List.of(
                new RegistrySource("ClinicalTrials.gov", Instant.parse("2026-11-20T10:00:00Z"), null, List.of("ClinicalTrials.gov")),
                new RegistrySource("WHO ICTRP", Instant.parse("2026-11-21T10:00:00Z"), Instant.parse("2026-11-02T15:05:10Z"),
                        List.of("ChiCTR", "JPRN")));
        Optional<CountedTrials> imported = Optional.of(new CountedTrials(Map.of("JP", 40),
                Map.of("JP", Map.of(Modality.CAR_T, 40)), LocalDate.of(2026, 11, 21), sources, Map.of("JP", 3)));

        CountryComparison comparison = CountryComparison.of(data, imported);

        ComparisonRow counted = comparison.row(ComparisonRowKind.COUNTED_TRIALS_BY_MODALITY).orElseThrow();
        assertThat(counted.label()).isEqualTo("CGT trials counted from registry data, by modality (ClinicalTrials.gov imported "
                + RegistryProvenance.day(sources.get(0).latestImport()) + "; WHO ICTRP (ChiCTR, JPRN) exported 2026-11-02, imported "
                + RegistryProvenance.day(sources.get(1).latestImport()) + ")");
        ComparisonCell japan = comparison.cell(ComparisonRowKind.COUNTED_TRIALS, "JP");
        assertThat(japan.text()).isEqualTo("40");
        assertThat(japan.detail()).endsWith(" · 3 counted for the register's home country (blank ICTRP Countries)");
        assertThat(japan.evidence()).extracting(Evidence::label).containsExactly(RegistrySource.ICTRP_TERMS);
    }

    @Test
    void theBundledDatasetGivesTheReportedHeadlineFigures() {
        CountryComparison comparison = CountryComparison.of(Landscapes.bundled(), Optional.empty());

        assertThat(comparison.countries()).extracting(country -> country.code()).containsExactlyInAnyOrder("CN", "JP", "KR", "TW");
        assertThat(comparison.cell(ComparisonRowKind.APPROVED_PRODUCTS, "JP").text()).isEqualTo("21 (4 gene therapies)");
        assertThat(comparison.cell(ComparisonRowKind.CAR_T_TRIALS, "CN").text()).isEqualTo("300+ trials");
        assertThat(comparison.cell(ComparisonRowKind.TRIALS_ONGOING, "TW").text()).isEqualTo("150+ trials");
        assertThat(comparison.cell(ComparisonRowKind.APPROVED_PRODUCTS, "TW").isMissing()).isTrue();
    }
}
