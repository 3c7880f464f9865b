package org.cgtatlas.ingest.clinicaltrials.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.cgtatlas.ingest.clinicaltrials.CgtClassifier;
import org.junit.jupiter.api.Test;

class RefreshQueryTest {

    @Test
    void theQueryIsReadAndWrittenOneParameterALine() {
        RefreshQuery query = RefreshQuery.parse(" query.cond = lymphoma \n\nfilter.advanced=AREA[LocationCountry]Japan\n");

        assertThat(query.parameters()).containsExactly(java.util.Map.entry("query.cond", "lymphoma"),
                java.util.Map.entry("filter.advanced", "AREA[LocationCountry]Japan"));
        assertThat(RefreshQuery.parse(query.text())).isEqualTo(query);
    }

    @Test
    void aLineThatIsNotASearchParameterIsRefusedNamingIt() {
        assertThatThrownBy(() -> RefreshQuery.parse("query.cond=lymphoma\npageSize=5"))
                .hasMessageStartingWith("Query, line 2: \"pageSize=5\" is not a search parameter");
        assertThatThrownBy(() -> RefreshQuery.parse("  \n")).hasMessageContaining("The query is empty");
        assertThatThrownBy(() -> RefreshQuery.parse("query.cond=a\nquery.cond=b")).hasMessageContaining("given twice");
    }

    @Test
    void anIncrementalRefreshAddsTheUpdateDateRangeToTheAdvancedFilter() {
        RefreshQuery query = RefreshQuery.parse("query.cond=lymphoma\nfilter.advanced=AREA[LocationCountry]Japan");

        assertThat(query.updatedSince(LocalDate.of(2026, 9, 4)).parameters()).containsEntry("filter.advanced",
                "(AREA[LocationCountry]Japan) AND AREA[LastUpdatePostDate]RANGE[2026-09-04,MAX]");
        assertThat(RefreshQuery.parse("query.cond=lymphoma").updatedSince(LocalDate.of(2026, 9, 4)).parameters())
                .containsEntry("filter.advanced", "AREA[LastUpdatePostDate]RANGE[2026-09-04,MAX]");
    }

    @Test
    void pagesAskForAThousandStudiesTheTotalAndTheNextPage() {
        assertThat(RefreshQuery.parse("query.cond=x").pageParameters("abc")).containsEntry("pageSize", "1000")
                .containsEntry("countTotal", "true").containsEntry("pageToken", "abc").containsEntry("format", "json");
        assertThat(RefreshQuery.parse("query.cond=x").pageParameters(null)).doesNotContainKey("pageToken");
    }

    @Test
    void theDefaultQueryAsksForTheRulesTermsAtSitesInTheRegion() {
        RefreshQuery query = RefreshQuery.of(EssieTerms.ofRules(CgtClassifier.standard().rules()));

        assertThat(query.parameters().get("query.intr")).contains("\"car t\"", "\"chimeric antigen receptor\"",
                "\"kymriah\"", "\"gene therapy\"", "\"msc\"", "\"car nk\"");
        assertThat(query.parameters().get("filter.advanced")).isEqualTo("AREA[LocationCountry](\"China\" OR \"Japan\" "
                + "OR \"South Korea\" OR \"Korea, Republic of\" OR \"Taiwan\" OR \"Hong Kong\")");
    }

    @Test
    void ruleTermsAreTheWholeWordAlternativesOfThePatterns() {
        assertThat(EssieTerms.of(List.of("\\bcar[- ]t(?![a-z0-9])|\\bcar[- ]t[- ]?cells?\\b|chimeric antigen receptor|\\bcd\\d+[- ]car\\b")))
                .containsExactly("car t", "chimeric antigen receptor");
        assertThat(EssieTerms.of(List.of("\\b(?:axi|tisa)-cel\\b|\\bexosom|\\bstem[- ]cells?\\b")))
                .containsExactly("axi-cel", "tisa-cel", "stem cell");
    }

    @Test
    void onlyHttpAndHttpsAddressesAreAccepted() {
        assertThat(ApiUrl.parse(" https://clinicaltrials.gov/api/v2/ ").toString()).isEqualTo("https://clinicaltrials.gov/api/v2");
        assertThat(ApiUrl.parse("http://127.0.0.1:8080/api/v2").server()).isEqualTo("127.0.0.1:8080");
        assertThatThrownBy(() -> ApiUrl.parse("file:///etc/passwd")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not an http or https address");
        assertThatThrownBy(() -> ApiUrl.parse("clinicaltrials.gov/api/v2")).hasMessageContaining("is not an http or https address");
    }
}
