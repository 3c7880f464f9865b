package org.cgtatlas.landscape.countries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cgtatlas.landscape.countries.Landscapes.event;
import static org.cgtatlas.landscape.countries.Landscapes.milestone;
import static org.cgtatlas.landscape.countries.Landscapes.programme;

import java.util.List;
import java.util.Map;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.Milestone;
import org.cgtatlas.domain.MilestoneCategory;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.PipelineListing;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.landscape.Landscape;
import org.junit.jupiter.api.Test;

class CountryProfileTest {

    @Test
    void groupsHighlightsByCategoryLatestFirstAndListsCompaniesWithTheirProgrammes() {
        Landscape base = Landscapes.of(List.of(), List.of(
                        milestone("a", "JP", MilestoneCategory.MANUFACTURING, "Plant", null),
                        milestone("b", "JP", MilestoneCategory.REGULATORY, "Law", "2021"),
                        milestone("c", "JP", MilestoneCategory.REGULATORY, "Guidance", "2024-04"),
                        milestone("d", "KR", MilestoneCategory.REGULATORY, "Korean law", "2025")),
                List.of(programme("p1", "JP", Modality.IPSC_DERIVED), programme("p2", "KR", Modality.CAR_T)),
                List.of(event("late", "2025-07-20", "JP"), event("early", "2024", "JP", "KR"), event("undated", null, "JP")));
        Dataset dataset = base.dataset();
        Landscape data = Landscape.of(new Dataset(dataset.format(), dataset.formatVersion(), null, dataset.asOf(),
                dataset.sources(), dataset.countries(), dataset.organizations(), dataset.metrics(), dataset.milestones(),
                List.of(new PipelineListing("l1", "org-listed", "JP", List.of(Landscapes.cite("l1")), Provenance.BUNDLED)),
                dataset.programmes(), dataset.events(), List.of()));

        CountryProfile profile = CountryProfile.of(data, Landscapes.JAPAN);

        Map<MilestoneCategory, List<Milestone>> highlights = profile.highlights();
        assertThat(highlights.keySet()).containsExactly(MilestoneCategory.REGULATORY, MilestoneCategory.MANUFACTURING);
        assertThat(highlights.get(MilestoneCategory.REGULATORY)).extracting(Milestone::title).containsExactly("Guidance", "Law");
        assertThat(profile.companies()).extracting(CountryProfile.PipelineCompany::organizationId)
                .containsExactly("org-listed", "org-p1");
        assertThat(profile.companies().get(1).programmes()).extracting(p -> p.id()).containsExactly("p1");
        assertThat(profile.datedEvents()).extracting(e -> e.id()).containsExactly("early", "late");
        assertThat(profile.undatedEvents()).extracting(e -> e.id()).containsExactly("undated");
    }
}
