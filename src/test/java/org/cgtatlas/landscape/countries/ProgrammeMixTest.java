package org.cgtatlas.landscape.countries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.landscape.countries.Landscapes.programme;

import java.util.Arrays;
import java.util.List;
import org.cgtatlas.domain.Modality;
import org.junit.jupiter.api.Test;

class ProgrammeMixTest {

    private final ProgrammeMix mix = new ProgrammeMix(List.of(programme("a", "JP", Modality.CAR_T),
            programme("b", "JP", null), programme("c", "KR", Modality.CAR_T), programme("d", "KR", Modality.AAV_GENE_THERAPY)));

    @Test
    void countsByCountryAndModalityWithNotStatedAsItsOwnGroup() {
        assertThat(mix.count("JP", Modality.CAR_T)).isEqualTo(1);
        assertThat(mix.count(null, Modality.CAR_T)).isEqualTo(2);
        assertThat(mix.count("JP", null)).isEqualTo(1);
        assertThat(mix.total("KR")).isEqualTo(2);
        assertThat(mix.total()).isEqualTo(4);
    }

    @Test
    void listsTheModalitiesThatOccurInEnumOrderThenNotStated() {
        assertThat(mix.modalities()).isEqualTo(Arrays.asList(Modality.CAR_T, Modality.AAV_GENE_THERAPY, null));
    }
}
