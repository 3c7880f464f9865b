package org.cgtatlas.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InferenceTest {

    private static final Inference INDICATION = new Inference("indication", "expanded from 'SMA'");
    private static final Inference STAGE = new Inference("stage", "'late-stage progress' read as Phase 3");

    @Test
    void theFieldsAMarkerMayNameAreTheRecordsFactsNotItsBookkeeping() {
        assertThat(Inference.inferableFields(Programme.class))
                .contains("name", "organizationId", "indication", "stage", "modality")
                .doesNotContain("id", "citations", "provenance", "inferred");
        assertThat(Inference.inferableFields(CollaborationEvent.class)).contains("date", "currency", "participants");
    }

    @Test
    void anEditDropsTheMarkersOfTheFieldsTheAnalystChangedAndKeepsTheOthers() {
        Programme before = programme("Spinal muscular atrophy", DevelopmentStage.PHASE_3, List.of(INDICATION, STAGE));
        Programme after = programme("Spinal muscular atrophy type 1", DevelopmentStage.PHASE_3, List.of());

        assertThat(Inference.keptAfterEdit(before, after, before.inferred())).containsExactly(STAGE);
        assertThat(Inference.on(before.inferred(), "stage")).isEqualTo(STAGE);
        assertThat(Inference.on(after.inferred(), "stage")).isNull();
    }

    private static Programme programme(String indication, DevelopmentStage stage, List<Inference> inferred) {
        return new Programme("prog-z", "Zolgensma", "org-novartis", "CN", Modality.AAV_GENE_THERAPY, null, indication,
                stage, "late-stage progress", List.of(), null, List.of(), Provenance.BUNDLED, inferred);
    }
}
