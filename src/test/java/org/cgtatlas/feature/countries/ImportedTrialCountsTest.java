package org.cgtatlas.feature.countries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.RegistryTrialCounts;
import org.cgtatlas.domain.TrialCountryCounts;
import org.junit.jupiter.api.Test;

class ImportedTrialCountsTest {

    @Test
    void nothingImportedGivesNoCountedRows() {
        var counts = new ImportedTrialCounts(() -> new RegistryTrialCounts(List.of(), null), () -> List.of("CN", "JP"));
        assertThat(counts.latest()).isEmpty();
    }

    @Test
    void countsTheCgtTrialsPerCountryAndAFocusCountryWithoutAnyAsZero() {
        Instant imported = Instant.parse("2026-11-20T10:00:00Z");
        var registry = new RegistryTrialCounts(List.of(
                new TrialCountryCounts("CN", 133, 40, Map.of(Modality.CAR_T, 30L, Modality.MSC, 10L)),
                new TrialCountryCounts("HK", 7, 2, Map.of(Modality.CAR_T, 2L))), imported);

        CountedTrials counted = new ImportedTrialCounts(() -> registry, () -> List.of("CN", "JP")).latest().orElseThrow();

        assertThat(counted.total("CN")).contains(40);
        assertThat(counted.total("JP")).contains(0);
        assertThat(counted.total("HK")).contains(2);
        assertThat(counted.byModality("CN")).containsEntry(Modality.CAR_T, 30);
        assertThat(counted.importedOn()).isEqualTo(LocalDate.ofInstant(imported, ZoneId.systemDefault()));
    }
}
