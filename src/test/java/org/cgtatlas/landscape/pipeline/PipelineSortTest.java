package org.cgtatlas.landscape.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.RecordOrigin;
import org.junit.jupiter.api.Test;

class PipelineSortTest {

    private final List<PipelineRow> rows = PipelineFixtures.rows();

    private static List<String> names(List<PipelineRow> rows) {
        return rows.stream().map(row -> row.isListing() ? row.company() : row.programmeName()).toList();
    }

    @Test
    void withoutKeysTheRowsStayInCompanyOrder() {
        assertThat(names(PipelineSort.NONE.apply(rows)))
                .containsExactly("Immuncell-LC", "Medipost", "MZ-101", "SNU CAR-T", "TAK-007");
    }

    @Test
    void stagesSortByHowFarTheyHaveComeAndEmptyCellsGoLast() {
        PipelineSort byStage = new PipelineSort(List.of(new SortKey(PipelineColumn.STAGE, true)));
        assertThat(names(byStage.apply(rows))).containsExactly("MZ-101", "TAK-007", "Immuncell-LC", "SNU CAR-T", "Medipost");
    }

    @Test
    void aSecondKeyBreaksTiesOfTheFirst() {
        PipelineSort countryThenProgrammeDescending = new PipelineSort(List.of(
                new SortKey(PipelineColumn.COUNTRY, true), new SortKey(PipelineColumn.PROGRAMME, false)));
        assertThat(names(countryThenProgrammeDescending.apply(rows)))
                .containsExactly("MZ-101", "TAK-007", "SNU CAR-T", "Immuncell-LC", "Medipost");
    }

    @Test
    void descendingReversesOneLevel() {
        PipelineSort companyDescending = new PipelineSort(List.of(new SortKey(PipelineColumn.COMPANY, false)));
        assertThat(names(companyDescending.apply(rows)))
                .containsExactly("TAK-007", "SNU CAR-T", "MZ-101", "Medipost", "Immuncell-LC");
    }

    @Test
    void lastUpdatedSortsByTimeWithBundledRecordsFirst() {
        Programme edited = PipelineFixtures.MZ_101;
        Programme newer = new Programme(edited.id(), edited.name(), edited.organizationId(), edited.countryCode(),
                edited.modality(), null, edited.indication(), edited.stage(), null, List.of(), null, edited.citations(),
                new Provenance(RecordOrigin.BUNDLED, true, "analyst", OffsetDateTime.parse("2026-01-02T10:00:00Z")));
        List<Programme> programmes = new java.util.ArrayList<>(PipelineFixtures.data().programmes());
        programmes.set(0, newer);
        List<PipelineRow> withEdit = PipelineRows.of(PipelineFixtures.landscape(programmes));

        PipelineSort newestFirst = new PipelineSort(List.of(new SortKey(PipelineColumn.UPDATED, false)));
        PipelineRow first = newestFirst.apply(withEdit).get(0);
        assertThat(first.programmeName()).isEqualTo("MZ-101");
        assertThat(first.lastUpdated()).startsWith("analyst · 2026-01-0");
    }

    @Test
    void theSortIsKeptAsTextAndReadBack() {
        PipelineSort sort = new PipelineSort(List.of(new SortKey(PipelineColumn.COUNTRY, true), new SortKey(PipelineColumn.STAGE, false)));
        assertThat(sort.encode()).isEqualTo("COUNTRY:ASC,STAGE:DESC");
        assertThat(PipelineSort.decode(sort.encode())).isEqualTo(sort);
        assertThat(PipelineSort.decode("NOPE:ASC,COMPANY:DESC,COMPANY:ASC").keys())
                .containsExactly(new SortKey(PipelineColumn.COMPANY, false));
        assertThat(PipelineSort.decode(null)).isEqualTo(PipelineSort.NONE);
    }
}
