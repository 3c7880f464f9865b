package org.cgtatlas.export.pdf.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.EventParticipant;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.PipelineListing;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.export.pdf.BundledDataset;
import org.cgtatlas.export.pdf.ReportDataAssembler;
import org.cgtatlas.export.pdf.ReportFilter;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.pipeline.PipelineRow;
import org.cgtatlas.landscape.pipeline.PipelineRows;
import org.cgtatlas.landscape.timeline.CrossBorderMatrix;
import org.cgtatlas.landscape.timeline.EventCountries;
import org.junit.jupiter.api.Test;

/**
 * The paper shows what the screens show: the PDF's pipeline rows and cross-border matrix are the Pipeline and
 * Timeline screens' own, and both agree with a straightforward count, on the bundled dataset and on generated ones.
 */
class SectionInputsTest {

    private static final List<String> COUNTRIES = List.of("CN", "JP", "KR", "TW", "US", "DE", "IT");

    @Test
    void theBundledDatasetPrintsWhatTheScreensShow() {
        assertPaperMatchesScreens(Landscape.of(BundledDataset.load()));
    }

    @Test
    void generatedDatasetsWithThousandsOfProgrammesAndEventsPrintWhatTheScreensShow() {
        for (long seed = 1; seed <= 3; seed++) {
            assertPaperMatchesScreens(Landscape.of(generated(new Random(seed), 3000, 2000)));
        }
    }

    private static void assertPaperMatchesScreens(Landscape landscape) {
        SectionInputs paper = SectionInputs.from(ReportDataAssembler.assemble(landscape, ReportFilter.NONE, ZonedDateTime.now()));

        List<PipelineRow> screenRows = PipelineRows.of(landscape);
        assertThat(paper.pipeline()).containsExactlyInAnyOrderElementsOf(screenRows);
        assertThat(paper.pipeline()).extracting(PipelineRow::id).containsExactlyInAnyOrderElementsOf(expectedRowIds(landscape));

        CrossBorderMatrix screenMatrix = CrossBorderMatrix.count(landscape.events(), EventCountries.of(landscape));
        Map<Set<String>, Integer> expected = expectedPairCounts(landscape);
        assertThat(paper.crossBorder().countries()).isEqualTo(screenMatrix.countries());
        for (String row : screenMatrix.countries()) {
            for (String column : screenMatrix.countries()) {
                int count = expected.getOrDefault(pair(row, column), 0);
                assertThat(paper.crossBorder().count(row, column)).as(row + "×" + column).isEqualTo(count)
                        .isEqualTo(screenMatrix.count(row, column));
            }
        }
        assertThat(screenMatrix.countries()).containsAll(expected.keySet().stream().flatMap(Set::stream).toList());
    }

    /** Every programme, and each listing whose company has no programme in the listing's country. */
    private static List<String> expectedRowIds(Landscape landscape) {
        Set<String> programmeAt = new HashSet<>();
        List<String> ids = new ArrayList<>();
        for (Programme programme : landscape.programmes()) {
            String country = programme.countryCode() != null ? programme.countryCode()
                    : landscape.organization(programme.organizationId()).map(Organization::countryCode).orElse(null);
            programmeAt.add(programme.organizationId() + "@" + country);
            ids.add(programme.id());
        }
        for (PipelineListing listing : landscape.pipelineListings()) {
            if (!programmeAt.contains(listing.organizationId() + "@" + listing.countryCode())) {
                ids.add(listing.id());
            }
        }
        return ids;
    }

    /**
     * Per event: the parties' countries ("??" for none), or the event's own countries when no party has one; each
     * pair of different countries once, a country with itself when two parties come from it.
     */
    private static Map<Set<String>, Integer> expectedPairCounts(Landscape landscape) {
        Map<Set<String>, Integer> counts = new HashMap<>();
        for (CollaborationEvent event : landscape.events()) {
            List<String> parties = event.participants().stream()
                    .map(participant -> landscape.organization(participant.organizationId())
                            .map(Organization::countryCode).filter(code -> !code.isBlank()).orElse(EventCountries.UNKNOWN))
                    .toList();
            if (parties.stream().allMatch(EventCountries.UNKNOWN::equals) && !event.countryCodes().isEmpty()) {
                parties = event.countryCodes();
            }
            Set<Set<String>> pairs = new HashSet<>();
            for (int i = 0; i < parties.size(); i++) {
                for (int j = i + 1; j < parties.size(); j++) {
                    pairs.add(pair(parties.get(i), parties.get(j)));
                }
            }
            pairs.forEach(pair -> counts.merge(pair, 1, Integer::sum));
        }
        return counts;
    }

    private static Set<String> pair(String first, String second) {
        return new HashSet<>(List.of(first, second));
    }

    /** Companies in every country (some without one), programmes with and without their own country, listings, events. */
    private static Dataset generated(Random random, int programmes, int events) {
        Dataset bundled = BundledDataset.load();
        List<Organization> organizations = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            organizations.add(new Organization("org-" + i, "Company " + i, null, List.of(), pick(random, COUNTRIES, 0.1),
                    null, null, List.of(), Provenance.BUNDLED));
        }
        List<Programme> generatedProgrammes = new ArrayList<>();
        for (int i = 0; i < programmes; i++) {
            Organization owner = organizations.get(random.nextInt(organizations.size()));
            generatedProgrammes.add(new Programme("prog-" + i, "Programme " + i, owner.id(), pick(random, COUNTRIES, 0.3),
                    Modality.values()[random.nextInt(Modality.values().length)], null, null, null, null, List.of(), null,
                    List.of(new Citation(bundled.sources().get(0).id(), "p" + i)), Provenance.BUNDLED));
        }
        List<PipelineListing> listings = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Organization listed = organizations.get(random.nextInt(organizations.size()));
            listings.add(new PipelineListing("lst-" + i, listed.id(), Objects.requireNonNullElse(pick(random, COUNTRIES, 0), "JP"),
                    List.of(), Provenance.BUNDLED));
        }
        List<CollaborationEvent> generatedEvents = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            List<EventParticipant> parties = Stream.generate(() -> organizations.get(random.nextInt(organizations.size())).id())
                    .limit(random.nextInt(5)).distinct().map(id -> new EventParticipant(id, null)).toList();
            List<String> stated = Stream.generate(() -> COUNTRIES.get(random.nextInt(COUNTRIES.size())))
                    .limit(random.nextInt(3)).distinct().toList();
            generatedEvents.add(new CollaborationEvent("evt-" + i, EventType.COLLABORATION, "Event " + i,
                    PartialDate.ofMonth(2015 + random.nextInt(12), 1 + random.nextInt(12)), null, parties, stated, null, null,
                    null, null, null, List.of(), Provenance.BUNDLED));
        }
        return new Dataset(bundled.format(), bundled.formatVersion(), bundled.datasetVersion(), bundled.asOf(),
                bundled.sources(), bundled.countries(), organizations, List.of(), List.of(), listings, generatedProgrammes,
                generatedEvents, List.of());
    }

    private static String pick(Random random, List<String> values, double chanceOfNone) {
        return random.nextDouble() < chanceOfNone ? null : values.get(random.nextInt(values.size()));
    }
}
