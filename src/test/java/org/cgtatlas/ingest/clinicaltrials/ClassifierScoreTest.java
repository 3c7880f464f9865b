package org.cgtatlas.ingest.clinicaltrials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.testing.Samples;
import org.junit.jupiter.api.Test;

/** The classifier on the hand-labelled benchmark (docs/trial-labelling.md), and the scoring itself. */
class ClassifierScoreTest {

    private static final List<String> EXPORTS = List.of("ctgov-modern-1000.csv", "ctgov-legacy-searchresults-1000.csv",
            "ctgov-api-v2-100.json");

    @Test
    void theClassifierMeetsTheGoalsOnTheLabelledTrials() throws IOException {
        List<ExportedTrial> trials = new ArrayList<>();
        for (String export : EXPORTS) {
            trials.addAll(RegistryExports.readTrials(Samples.of(export)));
        }

        ClassifierScore score = ClassifierScore.of(LabelledTrials.bundled(), trials, CgtClassifier.standard());

        assertThat(score.unmatchedLabels()).isEmpty();
        assertThat(score.verdicts()).hasSizeGreaterThanOrEqualTo(400);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.modalityAccuracy()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void precisionRecallAndTheRulesAtFaultAreCountedFromTheVerdicts() throws IOException {
        Map<String, TrialLabel> labels = LabelledTrials.read(new ByteArrayInputStream(("""
                nct_id,cgt,modality,confidence,reason
                NCT00000001,CGT,CAR_T,high,CD19 CAR-T
                NCT00000002,CGT,MSC,high,a product known by name only
                NCT00000003,NOT_CGT,,high,standard transplant
                NCT00000004,NOT_CGT,,medium,stem cell support
                NCT00000009,CGT,NK,low,in no export
                """).getBytes(StandardCharsets.UTF_8)), "labels.csv");
        List<ExportedTrial> trials = List.of(trial("NCT00000001", "BIOLOGICAL: CD19 CAR-T cells"),
                trial("NCT00000002", "BIOLOGICAL: Xyzcel"), trial("NCT00000003", "PROCEDURE: Autologous stem cell transplant"),
                trial("NCT00000004", "BIOLOGICAL: Stem cells"));

        ClassifierScore score = ClassifierScore.of(labels, trials, CgtClassifier.standard());

        assertThat(score.unmatchedLabels()).containsExactly("NCT00000009");
        assertThat(score.precision()).isEqualTo(0.5);
        assertThat(score.recall()).isEqualTo(0.5);
        assertThat(score.modalityAccuracy()).isEqualTo(0.5);
        assertThat(score.wronglyTaken()).containsOnlyKeys("other-stem-cell");
        assertThat(score.missed()).containsOnlyKeys(ClassifierScore.NO_RULE);
        assertThat(score.confusion().get(Modality.CAR_T.label())).containsEntry(Modality.CAR_T.label(), 1);
        assertThat(score.confusion().get("Not CGT")).containsEntry("Not CGT", 1).containsEntry(Modality.STEM_CELL_OTHER.label(), 1);
    }

    private static ExportedTrial trial(String nctId, String interventions) {
        return new ExportedTrial(new Trial(nctId, "A study", "RECRUITING", List.of(), List.of(),
                RegistryValues.interventions(interventions), "Sponsor", "OTHER", null, null, null, Set.of()), TrialDetails.NONE);
    }
}
