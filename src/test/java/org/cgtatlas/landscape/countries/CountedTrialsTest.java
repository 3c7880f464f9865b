package org.cgtatlas.landscape.countries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.RegistryTrialBreakdown;
import org.cgtatlas.domain.RegistryTrialCounts;
import org.cgtatlas.domain.TrialCountryCounts;
import org.cgtatlas.landscape.Landscape;
import org.junit.jupiter.api.Test;

class CountedTrialsTest {

    @Test
    void nothingImportedGivesNoCountedRows() {
        assertThat(CountedTrials.of(landscape(new RegistryTrialCounts(List.of(), null)))).isEmpty();
    }

    @Test
    void countsTheCgtTrialsPerCountryAndARegionCountryWithoutAnyAsZero() {
        Instant imported = Instant.parse("2026-11-20T10:00:00Z");
        var registry = new RegistryTrialCounts(List.of(
                new TrialCountryCounts("CN", 133, 40, Map.of(Modality.CAR_T, 30L, Modality.MSC, 10L)),
                new TrialCountryCounts("HK", 7, 2, Map.of(Modality.CAR_T, 2L))), imported);

        CountedTrials counted = CountedTrials.of(landscape(registry)).orElseThrow();

        assertThat(counted.total("CN")).contains(40);
        assertThat(counted.total("JP")).contains(0);
        assertThat(counted.total("HK")).contains(2);
        assertThat(counted.byModality("CN")).containsEntry(Modality.CAR_T, 30);
        assertThat(counted.importedOn()).isEqualTo(LocalDate.ofInstant(imported, ZoneId.systemDefault()));
    }

    /** China and Japan in the region, the United States outside it. */
    private static Landscape landscape(RegistryTrialCounts registry) {
        Dataset dataset = new Dataset(Dataset.FORMAT, Dataset.FORMAT_VERSION, null, null, List.of(),
                List.of(new Country("CN", "China", "中国", true), new Country("JP", "Japan", "日本", true),
                        new Country("US", "United States", null, false)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return Landscape.of(dataset, List.of(), registry, RegistryTrialBreakdown.NONE);
    }
}
