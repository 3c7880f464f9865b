package org.cgtatlas.ingest.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.domain.Inference;
import org.cgtatlas.domain.MetricKind;
import org.cgtatlas.domain.Milestone;
import org.cgtatlas.domain.PipelineListing;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Qualifier;
import org.cgtatlas.domain.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped dataset: every fact supported verbatim, and the figures the documents state. */
class BundledDatasetTest {

    private static Dataset dataset;
    private static Map<String, String> texts;

    @BeforeAll
    static void read() {
        dataset = new DatasetImporter(null).bundled();
        texts = dataset.sources().stream().collect(Collectors.toMap(Source::id, Source::text));
    }

    @Test
    void everyCitationQuoteOccursVerbatimInItsSourcesStoredText() {
        var citations = java.util.stream.Stream.of(
                dataset.organizations().stream().flatMap(record -> record.citations().stream()),
                dataset.metrics().stream().flatMap(record -> record.citations().stream()),
                dataset.milestones().stream().flatMap(record -> record.citations().stream()),
                dataset.pipelineListings().stream().flatMap(record -> record.citations().stream()),
                dataset.programmes().stream().flatMap(record -> record.citations().stream()),
                dataset.events().stream().flatMap(record -> record.citations().stream()),
                dataset.people().stream().flatMap(record -> record.citations().stream()))
                .flatMap(Function.identity()).toList();
        assertThat(citations).hasSizeGreaterThan(400);
        for (Citation citation : citations) {
            assertThat(texts).containsKey(citation.sourceId());
            assertThat(texts.get(citation.sourceId())).as("quote of %s", citation.sourceId()).contains(citation.quote());
        }
    }

    @Test
    void theDatasetPassesEveryValidationRule() {
        assertThat(new DatasetValidator().problems(dataset)).isEmpty();
    }

    @Test
    void everyFactHasACitation() {
        assertThat(dataset.organizations()).allSatisfy(record -> assertThat(record.citations()).isNotEmpty());
        assertThat(dataset.programmes()).allSatisfy(record -> assertThat(record.citations()).isNotEmpty());
        assertThat(dataset.events()).allSatisfy(record -> assertThat(record.citations()).isNotEmpty());
        assertThat(dataset.metrics()).allSatisfy(record -> assertThat(record.citations()).isNotEmpty());
    }

    @Test
    void theFourSourcesAreStoredCleanWithTheJapaneseOriginal() {
        assertThat(dataset.sources()).hasSize(4);
        assertThat(dataset.sources()).extracting(Source::language).containsOnly("en", "ja");
        assertThat(dataset.sources()).allSatisfy(source -> assertThat(source.text()).doesNotContain("â–ş"));
        assertThat(texts.values()).anySatisfy(text -> assertThat(text).contains("► Pipelines"));
        assertThat(texts.values()).anySatisfy(text -> assertThat(text).contains("一般社団法人日本再生医療学会"));
    }

    @Test
    void thePipelineListsHoldEveryCompanyOfEachCountryAsTheEbookLists() {
        Map<String, Long> perCountry = dataset.pipelineListings().stream()
                .collect(Collectors.groupingBy(PipelineListing::countryCode, Collectors.counting()));
        // South Korea 8 (GC Cell … Pharmicell), Japan 7 (Takeda … StemRIM), China 7 (Legend … Gracell), Taiwan 6.
        assertThat(perCountry).containsExactlyInAnyOrderEntriesOf(Map.of("KR", 8L, "JP", 7L, "CN", 7L, "TW", 6L));
    }

    @Test
    void theReportedFiguresKeepTheirWordingAndLowerBound() {
        CountryMetric japan = metric("JP", MetricKind.APPROVED_CGT_PRODUCTS);
        assertThat(japan.value()).isEqualByComparingTo("21");
        assertThat(japan.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(metric("JP", MetricKind.APPROVED_GENE_THERAPIES).value()).isEqualByComparingTo("4");
        assertThat(metric("KR", MetricKind.APPROVED_CGT_PRODUCTS).value()).isEqualByComparingTo("15");
        CountryMetric chinaCarT = metric("CN", MetricKind.CAR_T_TRIALS);
        assertThat(chinaCarT.wording()).isEqualTo("300+");
        assertThat(chinaCarT.value()).isEqualByComparingTo("300");
        assertThat(chinaCarT.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        CountryMetric taiwan = metric("TW", MetricKind.APPROVED_AUTOLOGOUS_CELL_THERAPIES);
        assertThat(taiwan.qualifier()).isEqualTo(Qualifier.OVER);
        assertThat(taiwan.value()).isEqualByComparingTo("220");
        assertThat(metric("TW", MetricKind.CELL_THERAPY_TRIALS).value()).isEqualByComparingTo("102");
        assertThat(metric("TW", MetricKind.GENE_THERAPY_TRIALS).value()).isEqualByComparingTo("51");
    }

    @Test
    void theNamedEventsAreThereWithTheirDates() {
        assertThat(dataset.events()).anySatisfy(event -> {
            assertThat(event.title()).containsIgnoringCase("ISEV");
            assertThat(event.date().iso()).isEqualTo("2025-07-20");
        });
        assertThat(dataset.events()).anySatisfy(event -> {
            assertThat(event.place()).contains("Songdo Convensia");
            assertThat(event.date().iso()).isEqualTo("2025-09-25");
        });
        assertThat(dataset.events()).anySatisfy(event -> {
            assertThat(event.title()).contains("Astellas");
            assertThat(event.dealValue()).isEqualByComparingTo("32000000");
            assertThat(event.currency()).isEqualTo("USD");
        });
        assertThat(dataset.people()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void theAuditedCasesSayNoMoreThanTheSources() {
        Programme maholo = programme("prog-maholo");
        assertThat(maholo.organizationId()).as("Maholo is 'co-developed with Yaskawa Electric'").isEqualTo("org-yaskawa");
        assertThat(Inference.on(maholo.inferred(), "organizationId")).isNotNull();
        assertThat(dataset.events()).noneMatch(event -> event.type() == EventType.VISIT && event.id().contains("medinet"));
        assertThat(programme("prog-relma-cel").citations()).anyMatch(citation -> citation.quote().contains("Approvals include"));
        assertThat(Inference.on(programme("prog-zolgensma").inferred(), "indication").reason()).contains("'SMA'");
        assertThat(Inference.on(programme("prog-nr082").inferred(), "indication").reason()).contains("'LHON'");
        assertThat(metric("KR", MetricKind.APPROVED_CGT_PRODUCTS).note()).contains("Cumulative");
        assertThat(dataset.milestones()).noneMatch(milestone -> milestone.id().equals("mil-kr-15-cgt-approvals"));
    }

    @Test
    void aDollarAmountWithoutACurrencyNameIsMarkedAsInferred() {
        for (var event : dataset.events()) {
            boolean statedAsUsDollars = event.citations().stream().anyMatch(citation -> citation.quote().contains("US$"));
            if (event.currency() != null && !statedAsUsDollars) {
                assertThat(Inference.on(event.inferred(), "currency")).as(event.id()).isNotNull();
            }
        }
    }

    @Test
    void projectionsAndAsOfCountsAreNotDrawnAsHappenings() {
        assertThat(dataset.events()).filteredOn(event -> event.title().contains("projected"))
                .isNotEmpty().allSatisfy(event -> assertThat(event.date()).isNull());
        assertThat(dataset.milestones()).filteredOn(milestone -> milestone.title().contains("projected"))
                .allSatisfy(milestone -> assertThat(milestone.date()).isNull());
    }

    @Test
    void everyMilestoneThatRestatesAnEventNamesIt() {
        var eventIds = dataset.events().stream().map(event -> event.id()).collect(Collectors.toSet());
        assertThat(dataset.milestones()).filteredOn(Milestone::restatesAnEvent).hasSizeGreaterThan(30)
                .allSatisfy(milestone -> assertThat(eventIds).containsAll(milestone.eventIds()));
    }

    @Test
    void theFiguresTheFormatLackedAreThere() {
        assertThat(dataset.metrics()).extracting(CountryMetric::kind).contains(MetricKind.MEMBERS,
                MetricKind.ANNUAL_SALES, MetricKind.DELEGATION_ORGANIZATIONS, MetricKind.PARTICIPATING_COMPANIES,
                MetricKind.PARTICIPATING_INVESTORS);
        assertThat(metric("TW", MetricKind.DELEGATION_ORGANIZATIONS).about()).isEqualTo("evt-tw-delegation-japan-2025");
    }

    private static Programme programme(String id) {
        return dataset.programmes().stream().filter(programme -> programme.id().equals(id)).findFirst().orElseThrow();
    }

    private static CountryMetric metric(String country, MetricKind kind) {
        return dataset.metrics().stream().filter(metric -> metric.countryCode().equals(country) && metric.kind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " for " + country));
    }
}
