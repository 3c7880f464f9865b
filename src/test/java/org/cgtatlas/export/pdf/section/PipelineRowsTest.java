package org.cgtatlas.export.pdf.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cgtatlas.export.pdf.BundledDataset;
import org.cgtatlas.export.pdf.ReportData;
import org.cgtatlas.export.pdf.ReportFilter;
import org.junit.jupiter.api.Test;

class PipelineRowsTest {

    private final ReportData data = BundledDataset.reportData(ReportFilter.NONE);

    @Test
    void everyProgrammeAndEveryListedCompanyWithoutAProgrammeIsARow() {
        List<PipelineRows.Row> rows = PipelineRows.build(data);
        Set<String> withProgramme = data.programmes().stream()
                .map(programme -> programme.organizationId() + "|" + programme.countryCode()).collect(Collectors.toSet());
        long bareListings = data.listings().stream()
                .filter(listing -> !withProgramme.contains(listing.organizationId() + "|" + listing.countryCode())).count();
        assertThat(bareListings).isPositive();
        assertThat(rows).hasSize(data.programmes().size() + (int) bareListings);
        assertThat(rows).filteredOn(row -> PipelineRows.NO_NAMED_PROGRAMME.equals(row.programme())).hasSize((int) bareListings)
                .allMatch(row -> !row.citations().isEmpty());
    }

    @Test
    void rowsAreSortedByCountryName() {
        List<String> countries = PipelineRows.build(data).stream().map(PipelineRows.Row::countryCode).distinct().toList();
        assertThat(countries).containsExactly("CN", "JP", "KR", "TW");
    }
}
