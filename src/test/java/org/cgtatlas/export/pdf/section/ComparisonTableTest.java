package org.cgtatlas.export.pdf.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.MetricKind;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.export.pdf.BundledDataset;
import org.cgtatlas.export.pdf.ReportData;
import org.cgtatlas.export.pdf.ReportFilter;
import org.cgtatlas.landscape.countries.ComparisonRowKind;
import org.cgtatlas.landscape.countries.CountryComparison;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {

    private final ReportData data = BundledDataset.reportData(ReportFilter.NONE);
    private final ComparisonTable table = ComparisonTable.build(data);

    @Test
    void oneColumnPerInRegionCountry() {
        assertThat(table.countries()).extracting(Country::code).containsExactly("CN", "JP", "KR", "TW");
    }

    @Test
    void figuresAreWordedAsTheSourceWithTheirAsOfDate() {
        ComparisonTable.Cell japan = table.cell(MetricKind.APPROVED_CGT_PRODUCTS.label(), "JP").orElseThrow();
        assertThat(japan.text()).isEqualTo("21");
        assertThat(japan.asOf()).isEqualTo("2025-01");
        assertThat(japan.citations()).isNotEmpty();
        assertThat(table.cell(MetricKind.CAR_T_TRIALS.label(), "CN").orElseThrow().text()).isEqualTo("300+");
        assertThat(table.cell(MetricKind.APPROVED_AUTOLOGOUS_CELL_THERAPIES.label(), "TW").orElseThrow().text()).isEqualTo("over 220");
    }

    @Test
    void aMissingFigureIsADash() {
        ComparisonTable.Cell china = table.cell(MetricKind.APPROVED_CGT_PRODUCTS.label(), "CN").orElseThrow();
        assertThat(china.isMissing()).isTrue();
        assertThat(china.text()).isEqualTo(ComparisonTable.MISSING);
    }

    @Test
    void theLatestDatedMilestoneIsChosen() {
        assertThat(table.cell("Regulatory: latest milestone", "KR").orElseThrow().asOf()).isEqualTo("2025-02-21");
    }

    @Test
    void countsFollowTheFilter() {
        ComparisonTable filtered = ComparisonTable.build(BundledDataset.reportData(new ReportFilter("JP", Modality.IPSC_DERIVED)));
        long japaneseIpsc = data.programmes().stream()
                .filter(programme -> "JP".equals(programme.countryCode()) && programme.modality() == Modality.IPSC_DERIVED).count();
        assertThat(filtered.countries()).extracting(Country::code).containsExactly("JP");
        assertThat(filtered.cell("Programmes in the dataset", "JP").orElseThrow().text()).isEqualTo(Long.toString(japaneseIpsc));
    }

    @Test
    void anUndatedMilestoneIsNeverCalledTheLatestAndThePaperSaysWhatTheScreenSays() {
        ComparisonTable.Cell japan = table.cell("Manufacturing: latest milestone", "JP").orElseThrow();
        assertThat(japan.text()).isEqualTo("None dated");
        assertThat(japan.asOf()).isEqualTo("4 milestones");

        CountryComparison screen = CountryComparison.of(data.landscape(), Optional.empty());
        for (Country country : table.countries()) {
            assertThat(table.cell("Regulatory: latest milestone", country.code()).orElseThrow().text())
                    .isEqualTo(screen.cell(ComparisonRowKind.REGULATORY, country.code()).text());
            assertThat(table.cell("Manufacturing: latest milestone", country.code()).orElseThrow().text())
                    .isEqualTo(screen.cell(ComparisonRowKind.MANUFACTURING, country.code()).text());
        }
    }
}
