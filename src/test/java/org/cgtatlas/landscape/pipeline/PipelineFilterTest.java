package org.cgtatlas.landscape.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.OrganizationType;
import org.junit.jupiter.api.Test;

class PipelineFilterTest {

    private final List<PipelineRow> rows = PipelineFixtures.rows();

    private List<String> names(PipelineFilter filter) {
        return filter.apply(rows).stream().map(row -> row.isListing() ? row.company() : row.programmeName()).toList();
    }

    @Test
    void noFilterKeepsEveryProgrammeAndTheCompaniesListedWithoutOne() {
        assertThat(PipelineFilter.NONE.isEmpty()).isTrue();
        assertThat(names(PipelineFilter.NONE))
                .containsExactlyInAnyOrder("MZ-101", "TAK-007", "Immuncell-LC", "SNU CAR-T", "Medipost");
    }

    @Test
    void aCompanyListedWithoutAProgrammeKeepsItsCountry() {
        PipelineRow medipost = rows.stream().filter(PipelineRow::isListing).findFirst().orElseThrow();
        assertThat(medipost.company()).isEqualTo("Medipost");
        assertThat(medipost.country()).isEqualTo("South Korea");
        assertThat(medipost.programmeName()).isEmpty();
    }

    @Test
    void eachFilterOnItsOwn() {
        assertThat(names(PipelineFilter.NONE.withCountry("KR"))).containsExactlyInAnyOrder("Immuncell-LC", "SNU CAR-T", "Medipost");
        assertThat(names(PipelineFilter.NONE.withModality(Modality.CAR_T))).containsExactlyInAnyOrder("MZ-101", "SNU CAR-T");
        assertThat(names(PipelineFilter.NONE.withStage(DevelopmentStage.PHASE_2))).containsExactly("TAK-007");
        assertThat(names(PipelineFilter.NONE.withOrganizationType(OrganizationType.HOSPITAL_CLINIC))).containsExactly("SNU CAR-T");
        assertThat(names(PipelineFilter.NONE.withText("carcinoma"))).containsExactly("Immuncell-LC");
    }

    @Test
    void filtersCombineWithAnd() {
        assertThat(names(PipelineFilter.NONE.withCountry("KR").withModality(Modality.CAR_T))).containsExactly("SNU CAR-T");
        assertThat(names(new PipelineFilter("KR", Modality.CAR_T, null, null, "hospital"))).containsExactly("SNU CAR-T");
        assertThat(names(new PipelineFilter("KR", Modality.CAR_T, null, null, "takeda"))).isEmpty();
        assertThat(names(PipelineFilter.NONE.withCountry("JP").withOrganizationType(OrganizationType.HOSPITAL_CLINIC))).isEmpty();
    }

    @Test
    void everyWordOfTheTextMustOccurSomewhereInTheRow() {
        assertThat(names(PipelineFilter.NONE.withText("seoul car-t"))).containsExactly("SNU CAR-T");
        assertThat(names(PipelineFilter.NONE.withText("seoul takeda"))).isEmpty();
        assertThat(names(PipelineFilter.NONE.withText("investigator-initiated"))).containsExactly("SNU CAR-T");
    }

    @Test
    void textIgnoresCaseAndDiacritics() {
        assertThat(names(PipelineFilter.NONE.withText("muller"))).containsExactly("MZ-101");
        assertThat(names(PipelineFilter.NONE.withText("MÜLLER zelltherapie"))).containsExactly("MZ-101");
        assertThat(names(PipelineFilter.NONE.withText("lymphomé"))).containsExactly("MZ-101");
    }

    @Test
    void textMatchesChineseJapaneseAndKoreanAsSubstringsAndFullWidthLatin() {
        assertThat(names(PipelineFilter.NONE.withText("武田"))).containsExactly("TAK-007");
        assertThat(names(PipelineFilter.NONE.withText("지씨"))).containsExactly("Immuncell-LC");
        assertThat(names(PipelineFilter.NONE.withText("메디포스트"))).containsExactly("Medipost");
        assertThat(names(PipelineFilter.NONE.withText("대한민국"))).containsExactlyInAnyOrder("Immuncell-LC", "SNU CAR-T", "Medipost");
        assertThat(names(PipelineFilter.NONE.withText("ＴＡＫ－００７"))).containsExactly("TAK-007");
    }

    @Test
    void textMatchesAliasesAndLocalNames() {
        assertThat(names(PipelineFilter.NONE.withText("green cross"))).containsExactly("Immuncell-LC");
        assertThat(names(PipelineFilter.NONE.withText("mzt"))).containsExactly("MZ-101");
    }

    @Test
    void textMatchesPartnersAndTheSource() {
        assertThat(names(PipelineFilter.NONE.withText("gc cell"))).containsExactlyInAnyOrder("TAK-007", "Immuncell-LC");
        assertThat(names(PipelineFilter.NONE.withText("landscape"))).hasSize(5);
    }

    @Test
    void filteringKeepsTheOrderOfTheRows() {
        List<PipelineRow> reversed = new java.util.ArrayList<>(rows);
        java.util.Collections.reverse(reversed);
        assertThat(PipelineFilter.NONE.withCountry("KR").apply(reversed))
                .isEqualTo(reversed.stream().filter(row -> "KR".equals(row.countryCode())).toList());
    }
}
