package org.cgtatlas.feature.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cgtatlas.feature.pipeline.ColumnLayout.ColumnState;
import org.cgtatlas.landscape.pipeline.PipelineColumn;
import org.junit.jupiter.api.Test;

class ColumnLayoutTest {

    @Test
    void theDefaultShowsEveryColumnInOrder() {
        assertThat(ColumnLayout.defaults().visibleColumns()).containsExactly(PipelineColumn.values());
    }

    @Test
    void orderWidthAndVisibilityAreKeptAndReadBack() {
        ColumnLayout layout = ColumnLayout.decode("PROGRAMME:300:1,COMPANY:150:1,SOURCE:90:0");
        assertThat(layout.columns().subList(0, 3)).containsExactly(
                new ColumnState(PipelineColumn.PROGRAMME, 300, true),
                new ColumnState(PipelineColumn.COMPANY, 150, true),
                new ColumnState(PipelineColumn.SOURCE, 90, false));
        assertThat(layout.visibleColumns()).doesNotContain(PipelineColumn.SOURCE).startsWith(PipelineColumn.PROGRAMME);
        assertThat(ColumnLayout.decode(layout.encode())).isEqualTo(layout);
    }

    @Test
    void unknownRepeatedOrBrokenEntriesAreSkippedAndMissingColumnsFollowWithDefaults() {
        ColumnLayout layout = ColumnLayout.decode("GONE:100:1,COUNTRY:abc:1,COUNTRY:80:0,COMPANY:5:1");
        List<ColumnState> columns = layout.columns();
        assertThat(columns).hasSize(PipelineColumn.values().length);
        assertThat(columns.get(0)).isEqualTo(new ColumnState(PipelineColumn.COUNTRY, PipelineColumn.COUNTRY.defaultWidth(), true));
        assertThat(columns.get(1)).isEqualTo(new ColumnState(PipelineColumn.COMPANY, PipelineColumn.COMPANY.defaultWidth(), true));
        assertThat(columns.get(2).column()).isEqualTo(PipelineColumn.PROGRAMME);
    }
}
