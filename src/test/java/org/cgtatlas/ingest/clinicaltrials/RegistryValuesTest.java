package org.cgtatlas.ingest.clinicaltrials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cgtatlas.domain.Intervention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryValuesTest {

    @ParameterizedTest
    @CsvSource({"Recruiting, RECRUITING", "'Active, not recruiting', ACTIVE_NOT_RECRUITING", "NOT_YET_RECRUITING, NOT_YET_RECRUITING",
            "Unknown status, UNKNOWN"})
    void statusesOfBothSitesAreTheApiCodes(String text, String code) {
        assertThat(RegistryValues.status(text)).isEqualTo(code);
    }

    @Test
    void phasesOfBothSitesAreTheApiCodes() {
        assertThat(RegistryValues.phases(List.of("Phase 1", "Phase 2"))).containsExactly("PHASE1", "PHASE2");
        assertThat(RegistryValues.phases(List.of("Early Phase 1"))).containsExactly("EARLY_PHASE1");
        assertThat(RegistryValues.phases(List.of("Not Applicable"))).containsExactly("NA");
        assertThat(RegistryValues.phases(RegistryValues.split("PHASE2|PHASE3"))).containsExactly("PHASE2", "PHASE3");
    }

    @Test
    void interventionsKeepTheirTypeAndName() {
        assertThat(RegistryValues.interventions("DRUG: Axicabtagene ciloleucel|Biological: CD19 CAR-T: second gen|Plain name"))
                .containsExactly(new Intervention("DRUG", "Axicabtagene ciloleucel"),
                        new Intervention("BIOLOGICAL", "CD19 CAR-T: second gen"), new Intervention("", "Plain name"));
        assertThat(RegistryValues.interventions("Dietary Supplement: Vitamin D"))
                .containsExactly(new Intervention("DIETARY_SUPPLEMENT", "Vitamin D"));
    }

    @Test
    void theLeadSponsorAndItsFunderTypeComeFirst() {
        assertThat(RegistryValues.leadSponsor("Kite, A Gilead Company|Some University")).isEqualTo("Kite, A Gilead Company");
        assertThat(RegistryValues.funderType("Other|Industry")).isEqualTo("OTHER");
        assertThat(RegistryValues.funderType("U.S. Fed")).isEqualTo("FED");
        assertThat(RegistryValues.enrollment("29")).isEqualTo(29);
        assertThat(RegistryValues.enrollment("null")).isNull();
    }
}
