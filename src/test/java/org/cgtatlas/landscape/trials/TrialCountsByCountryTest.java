package org.cgtatlas.landscape.trials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.RegistryFile;
import org.cgtatlas.domain.RegistryTrialBreakdown;
import org.cgtatlas.domain.RegistryTrialCounts;
import org.cgtatlas.domain.TrialGroup;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.trials.TrialCountsByCountry.Column;
import org.cgtatlas.landscape.trials.TrialCountsByCountry.Kind;
import org.cgtatlas.landscape.trials.TrialCountsByCountry.Row;
import org.junit.jupiter.api.Test;

class TrialCountsByCountryTest {

    private static final RegistryFile FILE = new RegistryFile("ctg-studies.csv", "CTGOV_CSV_MODERN",
            Instant.parse("2026-11-20T10:00:00Z"), Instant.parse("2026-11-18T08:00:00Z"), 1000);

    /** 3 CAR-T trials in China and Japan, 2 CAR-T in Japan and the US, 4 MSC in Taiwan, 1 AAV in Hong Kong and France. */
    private static final List<TrialGroup> GROUPS = List.of(
            new TrialGroup(Set.of("CN", "JP"), Modality.CAR_T, List.of("PHASE1", "PHASE2"), 3),
            new TrialGroup(Set.of("JP", "US"), Modality.CAR_T, List.of("PHASE2"), 2),
            new TrialGroup(Set.of("TW"), Modality.MSC, List.of("EARLY_PHASE1"), 4),
            new TrialGroup(Set.of("HK", "FR"), Modality.AAV_GENE_THERAPY, List.of(), 1),
            new TrialGroup(Set.of(), Modality.MSC, List.of("PHASE3"), 2),
            new TrialGroup(Set.of("US", "GB", "FR", "DE", "ES", "IT"), Modality.GENE_EDITING, List.of("PHASE1"), 1));

    private final TrialCountsByCountry counts = TrialCountsByCountry.of(landscape(GROUPS));

    @Test
    void theRegionComesFirstInTheCountryTablesOrderThenTheRegionHongKongApartAndTheRestOfTheWorld() {
        assertThat(counts.columns()).extracting(Column::label)
                .containsExactly("China", "Japan", "South Korea", "Taiwan", "Region", "Hong Kong", "Rest of world");
        assertThat(counts.columns()).extracting(Column::kind).containsExactly(Kind.COUNTRY, Kind.COUNTRY, Kind.COUNTRY,
                Kind.COUNTRY, Kind.REGION, Kind.COUNTRY, Kind.REST_OF_WORLD);
    }

    @Test
    void aTrialCountsInEveryCountryWithASiteButOnceInTheRegionAndOnceInTheRestOfTheWorld() {
        Row totals = counts.totals();
        assertThat(counts.count(totals, "CN")).isEqualTo(3);
        assertThat(counts.count(totals, "JP")).isEqualTo(5);
        assertThat(counts.count(totals, "KR")).isZero();
        assertThat(counts.count(totals, "TW")).isEqualTo(4);
        assertThat(counts.count(totals, Kind.REGION)).as("3 + 2 + 4, the China–Japan trials once").isEqualTo(9);
        assertThat(counts.count(totals, "HK")).isEqualTo(1);
        assertThat(counts.count(totals, Kind.REST_OF_WORLD)).as("US 2, FR 1, the six-country trial once").isEqualTo(4);
        assertThat(counts.withoutCountry()).isEqualTo(2);
    }

    @Test
    void modalitiesWithTheMostTrialsInTheRegionComeFirstThenTheMostElsewhereThenInModalityOrder() {
        assertThat(counts.byModality()).extracting(Row::label)
                .containsExactly("CAR-T", "MSC / stem cell", "AAV gene therapy", "Gene editing");
        Row carT = counts.byModality().get(0);
        assertThat(counts.count(carT, "JP")).isEqualTo(5);
        assertThat(counts.count(carT, Kind.REGION)).isEqualTo(5);
        assertThat(counts.count(carT, Kind.REST_OF_WORLD)).isEqualTo(2);
    }

    @Test
    void phasesComeInTheOrderTrialsAdvanceThroughThem() {
        assertThat(counts.byPhase()).extracting(Row::label)
                .containsExactly("Early phase 1", "Phase 1", "Phase 1/2", "Phase 2", "Phase 3", "Not given");
        assertThat(counts.count(counts.byPhase().get(2), "CN")).isEqualTo(3);
    }

    @Test
    void everyColumnsPhaseRowsAndModalityRowsAddUpToItsTotal() {
        for (int column = 0; column < counts.columns().size(); column++) {
            int index = column;
            long total = counts.totals().count(column);
            assertThat(counts.byModality().stream().mapToLong(row -> row.count(index)).sum()).isEqualTo(total);
            assertThat(counts.byPhase().stream().mapToLong(row -> row.count(index)).sum()).isEqualTo(total);
        }
    }

    @Test
    void theRestOfTheWorldsLeadersAreNamedInFullWithTheMostTrialsFirst() {
        assertThat(counts.restOfWorldLeaders()).hasSize(TrialCountsByCountry.LEADERS);
        assertThat(counts.restOfWorldLeaders().get(0)).isEqualTo(new TrialCountsByCountry.CountryCount("US", "United States", 3));
        assertThat(counts.restOfWorldLeaders().get(1)).isEqualTo(new TrialCountsByCountry.CountryCount("FR", "France", 2));
        assertThat(counts.restOfWorldLeaders()).extracting(TrialCountsByCountry.CountryCount::name)
                .noneMatch(name -> name.length() == 2);
    }

    @Test
    void aModalityNarrowsEveryTableAndTheFilesStay() {
        TrialCountsByCountry carT = TrialCountsByCountry.of(landscape(GROUPS), Modality.CAR_T);
        assertThat(carT.byModality()).extracting(Row::label).containsExactly("CAR-T");
        assertThat(carT.count(carT.totals(), Kind.REGION)).isEqualTo(5);
        assertThat(carT.files()).containsExactly(FILE);
    }

    @Test
    void nothingImportedIsEmpty() {
        assertThat(TrialCountsByCountry.of(landscape(List.of())).isEmpty()).isTrue();
        assertThat(counts.isEmpty()).isFalse();
    }

    private static Landscape landscape(List<TrialGroup> groups) {
        Dataset dataset = new Dataset(Dataset.FORMAT, Dataset.FORMAT_VERSION, null, null, List.of(),
                List.of(new Country("CN", "China", "中国", true), new Country("JP", "Japan", "日本", true),
                        new Country("KR", "South Korea", "대한민국", true), new Country("TW", "Taiwan", "臺灣", true),
                        new Country("US", "United States", null, false)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return Landscape.of(dataset, List.of(), new RegistryTrialCounts(List.of(), null),
                new RegistryTrialBreakdown(groups, groups.isEmpty() ? List.of() : List.of(FILE)));
    }
}
