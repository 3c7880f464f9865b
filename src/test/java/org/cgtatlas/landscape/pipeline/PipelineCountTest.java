package org.cgtatlas.landscape.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineCountTest {

    @Test
    void countsNamedProgrammesAndProgrammeLessCompaniesApart() {
        assertThat(PipelineCount.NONE.inWords()).isEqualTo("0 programmes and 0 listed companies without a named programme");
        assertThat(new PipelineCount(1, 1).inWords()).isEqualTo("1 programme and 1 listed company without a named programme");
        assertThat(PipelineCount.of(List.of())).isEqualTo(PipelineCount.NONE);
        assertThat(PipelineCount.of(PipelineFixtures.rows())).as("four programmes; Medipost listed without one, Takeda's "
                + "listing merged with its programme").isEqualTo(new PipelineCount(4, 1));
    }
}
