package org.cgtatlas.landscape.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cgtatlas.domain.Inference;
import org.cgtatlas.domain.Programme;
import org.junit.jupiter.api.Test;

/** Which of a row's inferences each cell of the Pipeline table marks. */
class PipelineColumnTest {

    private static final Inference INDICATION = new Inference("indication", "expanded from 'SMA'");
    private static final Inference OWNER = new Inference("organizationId", "the source names the product, not its owner");
    private static final Inference STAGE = new Inference("stage", "from 'after receiving FDA BLA'");
    private static final Inference STATUS = new Inference("statusText", "paraphrased");

    private final Programme marked = PipelineFixtures.TAK_007.withInferred(List.of(INDICATION, OWNER, STAGE, STATUS));
    private final PipelineRow row = PipelineRows.of(PipelineFixtures.landscape(List.of(marked))).stream()
            .filter(candidate -> !candidate.isListing()).findFirst().orElseThrow();

    @Test
    void eachCellMarksTheInferencesBehindTheValueItShows() {
        assertThat(PipelineColumn.INDICATION.inferences(row)).containsExactly(INDICATION);
        assertThat(PipelineColumn.COMPANY.inferences(row)).containsExactly(OWNER);
        assertThat(PipelineColumn.STAGE.inferences(row)).containsExactly(STAGE, STATUS);
    }

    @Test
    void cellsWhoseValuesTheSourcesStateCarryNoMark() {
        for (PipelineColumn column : List.of(PipelineColumn.COUNTRY, PipelineColumn.PROGRAMME, PipelineColumn.MODALITY,
                PipelineColumn.PARTNERS, PipelineColumn.UPDATED, PipelineColumn.SOURCE)) {
            assertThat(column.inferences(row)).as(column.name()).isEmpty();
        }
        PipelineRow unmarked = PipelineFixtures.rows().get(0);
        for (PipelineColumn column : PipelineColumn.values()) {
            assertThat(column.inferences(unmarked)).as(column.name()).isEmpty();
        }
    }
}
