package org.cgtatlas.feature.trials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.Confidence;
import org.cgtatlas.domain.Intervention;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.domain.TrialClassification;
import org.cgtatlas.domain.TrialPhases;
import org.junit.jupiter.api.Test;

class TrialFilterTest {

    static final ClassifiedTrial CAR_T_IN_CHINA = new ClassifiedTrial(
            new Trial("NCT00000001", "Anti-CD19 CAR-T in lymphoma", "RECRUITING", List.of("PHASE1", "PHASE2"),
                    List.of("B-cell Lymphoma"), List.of(new Intervention("BIOLOGICAL", "CD19 CAR-T")), "Peking University",
                    "OTHER", PartialDate.ofDay(2021, 3, 4), null, 20, Set.of("CN", "HK")),
            new TrialClassification(Modality.CAR_T, "car-t", "interventions", "car-t", "why", Confidence.HIGH));
    static final ClassifiedTrial DRUG_IN_JAPAN = new ClassifiedTrial(
            new Trial("NCT00000002", "Pembrolizumab", "COMPLETED", List.of("PHASE3"), List.of("Lung Cancer"),
                    List.of(new Intervention("DRUG", "Pembrolizumab")), "Merck", "INDUSTRY", null, null, null, Set.of("JP")),
            TrialClassification.notCgt());

    private static TrialFilter filter(String country, String modality, String phase, String status, String funder, int year,
                                      String text) {
        return new TrialFilter(country, modality, "", phase, status, funder, year, text, "");
    }

    @Test
    void anEmptyFilterShowsEverything() {
        TrialFilter none = filter("", "", "", "", "", 0, "");
        assertThat(none.matches(CAR_T_IN_CHINA)).isTrue();
        assertThat(none.matches(DRUG_IN_JAPAN)).isTrue();
    }

    @Test
    void eachFilterNarrowsByItsField() {
        assertThat(filter("HK", "", "", "", "", 0, "").matches(CAR_T_IN_CHINA)).isTrue();
        assertThat(filter("HK", "", "", "", "", 0, "").matches(DRUG_IN_JAPAN)).isFalse();
        assertThat(filter("", TrialFilter.ALL_CGT, "", "", "", 0, "").matches(DRUG_IN_JAPAN)).isFalse();
        assertThat(filter("", TrialFilter.NOT_CGT, "", "", "", 0, "").matches(DRUG_IN_JAPAN)).isTrue();
        assertThat(filter("", "CAR_T", "", "", "", 0, "").matches(CAR_T_IN_CHINA)).isTrue();
        assertThat(filter("", "MSC", "", "", "", 0, "").matches(CAR_T_IN_CHINA)).isFalse();
        assertThat(filter("", "", "PHASE2", "", "", 0, "").matches(CAR_T_IN_CHINA)).isTrue();
        assertThat(filter("", "", "", "COMPLETED", "", 0, "").matches(CAR_T_IN_CHINA)).isFalse();
        assertThat(filter("", "", "", "", "INDUSTRY", 0, "").matches(DRUG_IN_JAPAN)).isTrue();
        assertThat(filter("", "", "", "", "", 2021, "").matches(CAR_T_IN_CHINA)).isTrue();
        assertThat(filter("", "", "", "", "", 2021, "").matches(DRUG_IN_JAPAN)).isFalse();
    }

    @Test
    void textSearchesNumberTitleSponsorConditionsAndInterventions() {
        for (String text : List.of("nct00000001", "anti-cd19", "peking", "b-cell", "cd19 car")) {
            assertThat(filter("", "", "", "", "", 0, text).matches(CAR_T_IN_CHINA)).as(text).isTrue();
        }
        assertThat(filter("", "", "", "", "", 0, "merck").matches(CAR_T_IN_CHINA)).isFalse();
    }

    @Test
    void theTallyCountsCgtTrialsPerRegionCountry() {
        TrialTally tally = TrialTally.of(List.of(CAR_T_IN_CHINA, DRUG_IN_JAPAN), List.of("CN", "JP", "KR", "TW"),
                trial -> trial.classification().modality().label());

        assertThat(tally.count("CAR-T", "CN")).isEqualTo(1);
        assertThat(tally.count("CAR-T", "HK")).as("Hong Kong is not in the country table's region").isZero();
        assertThat(tally.count("CAR-T", "JP")).isZero();
        assertThat(tally.series()).containsOnlyKeys("CAR-T");
        assertThat(TrialPhases.label(CAR_T_IN_CHINA.trial().phases())).isEqualTo("Phase 1/2");
    }

    @Test
    void theConfidenceFilterShowsOnlyTrialsClassifiedThatSurely() {
        ClassifiedTrial fromSummary = new ClassifiedTrial(DRUG_IN_JAPAN.trial(),
                new TrialClassification(Modality.CAR_T, "car-t-summary", "summary", "car-t", "why", Confidence.LOW));

        TrialFilter low = new TrialFilter("", "", Confidence.LOW.name(), "", "", "", 0, "", "");

        assertThat(low.matches(fromSummary)).isTrue();
        assertThat(low.matches(CAR_T_IN_CHINA)).isFalse();
    }
}
