package org.cgtatlas.feature.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cgtatlas.feature.pipeline.PipelineGrouping.Group;
import org.cgtatlas.landscape.pipeline.PipelineFixtures;
import org.cgtatlas.landscape.pipeline.PipelineRow;
import org.junit.jupiter.api.Test;

class PipelineGroupingTest {

    @Test
    void byCountryGroupsAlphabeticallyAndKeepsTheRowOrderInside() {
        List<PipelineRow> rows = PipelineFixtures.rows();
        List<Group> groups = PipelineGrouping.BY_COUNTRY.groups(rows);
        assertThat(groups).extracting(Group::label).containsExactly("Germany", "Japan", "South Korea");
        assertThat(groups.get(2).rows()).extracting(PipelineRow::company)
                .containsExactly("GC Cell", "Medipost", "Seoul National University Hospital");
    }

    @Test
    void byCompanyMakesOneGroupPerCompany() {
        assertThat(PipelineGrouping.BY_COMPANY.groups(PipelineFixtures.rows())).hasSize(5);
    }

    @Test
    void flatIsOneGroupOfEverything() {
        List<PipelineRow> rows = PipelineFixtures.rows();
        assertThat(PipelineGrouping.FLAT.groups(rows)).containsExactly(new Group("", rows));
    }
}
