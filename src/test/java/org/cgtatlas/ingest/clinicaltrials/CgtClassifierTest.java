package org.cgtatlas.ingest.clinicaltrials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cgtatlas.domain.Confidence;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.domain.TrialClassification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of cgt-classification-rules.csv decides its own matching example and leaves its non-matching one. */
class CgtClassifierTest {

    private static final CgtClassifier CLASSIFIER = CgtClassifier.standard();

    static Stream<ClassificationRule> rules() {
        return CLASSIFIER.rules().stream();
    }

    static Trial trialWith(TrialField field, String text) {
        return new Trial("NCT00000001", field == TrialField.TITLE ? text : "A study", "RECRUITING", List.of(),
                field == TrialField.CONDITIONS ? List.of(text) : List.of(),
                field == TrialField.INTERVENTIONS ? RegistryValues.interventions(text) : List.of(),
                "Sponsor", "OTHER", null, null, null, Set.of());
    }

    /** A trial with the text in the field, the record's details included. */
    static TrialClassification classifyIn(TrialField field, String text) {
        TrialDetails details = field == TrialField.SUMMARY ? new TrialDetails("", text, "") : TrialDetails.NONE;
        return CLASSIFIER.classify(trialWith(field, text), details);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleDecidesItsMatchingExample(ClassificationRule rule) {
        TrialField field = rule.fields().get(0);
        TrialClassification classification = classifyIn(field, rule.matchingExample());

        assertThat(classification.ruleId()).isEqualTo(rule.id());
        assertThat(classification.modality()).isEqualTo(rule.modality());
        assertThat(classification.field()).isEqualTo(field.key());
        assertThat(rule.matchingExample().toLowerCase(java.util.Locale.ROOT)).contains(classification.matchedText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleLeavesItsNonMatchingExample(ClassificationRule rule) {
        assertThat(rule.matches(rule.nonMatchingExample())).isFalse();
        TrialClassification classification = classifyIn(rule.fields().get(0), rule.nonMatchingExample());
        assertThat(classification.ruleId()).isNotEqualTo(rule.id());
    }

    @Test
    void everyRuleHasBothExamplesAndAnExplanation() {
        assertThat(CLASSIFIER.rules()).allSatisfy(rule -> {
            assertThat(rule.matchingExample()).isNotBlank();
            assertThat(rule.nonMatchingExample()).isNotBlank();
            assertThat(rule.explanation()).isNotBlank();
        });
        assertThat(CLASSIFIER.rules()).extracting(ClassificationRule::id).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "DRUG: Axicabtagene ciloleucel; CAR_T",
            "OTHER: CD19 CAR-T; CAR_T",
            "DRUG: Tisagenlecleucel; CAR_T",
            "BIOLOGICAL: Anti-BCMA CAR T cells; CAR_T",
            "GENETIC: CAR19 T-cells; CAR_T",
            "BIOLOGICAL: TriCAR-T-CD19; CAR_T",
            "BIOLOGICAL: CAR-T_CD19; CAR_T",
            "GENETIC: CD19 CAR gene transfer; CAR_T",
            "GENETIC: CRISPR-edited allogeneic CAR-T cells; CAR_T",
            "BIOLOGICAL: Human umbilical cord MSC; MSC",
            "GENETIC: AAV2-hRPE65v2; AAV_GENE_THERAPY",
            "BIOLOGICAL: iPSC-derived CAR-NK cells; CAR_NK",
            "BIOLOGICAL: Tumor-infiltrating lymphocytes (TIL); OTHER_IMMUNE_CELL"})
    void carTProductsAreRecognisedWhateverTheirInterventionType(String interventions, Modality modality) {
        assertThat(CLASSIFIER.classify(trialWith(TrialField.INTERVENTIONS, interventions)).modality()).isEqualTo(modality);
    }

    @Test
    void aTrialNoRuleMatchesIsNotCgt() {
        TrialClassification classification = CLASSIFIER.classify(trialWith(TrialField.INTERVENTIONS, "DRUG: Pembrolizumab"));

        assertThat(classification.isCgt()).isFalse();
        assertThat(classification.ruleId()).isEmpty();
        assertThat(classification.explanation()).isEqualTo(TrialClassification.NO_RULE_EXPLANATION);
    }

    @Test
    void aStandardTransplantIsNotCgtButMscAfterItIs() {
        assertThat(CLASSIFIER.classify(trialWith(TrialField.INTERVENTIONS, "PROCEDURE: Allogeneic stem cell transplantation")))
                .extracting(TrialClassification::modality, TrialClassification::ruleId)
                .containsExactly(null, "not-cgt-transplant");
        assertThat(CLASSIFIER.classify(trialWith(TrialField.INTERVENTIONS,
                "PROCEDURE: Allogeneic stem cell transplantation|BIOLOGICAL: Mesenchymal stromal cells")).modality())
                .isEqualTo(Modality.MSC);
    }

    @Test
    void aSummarysPassingMentionDoesNotOutvoteAnIntervention() {
        Trial msc = trialWith(TrialField.INTERVENTIONS, "BIOLOGICAL: Umbilical cord mesenchymal stem cells");
        TrialDetails mentionsCarT = new TrialDetails("", "Unlike CAR-T cell therapy, MSC are not engineered.", "");

        TrialClassification classification = CLASSIFIER.classify(msc, mentionsCarT);

        assertThat(classification.modality()).isEqualTo(Modality.MSC);
        assertThat(classification.field()).isEqualTo("interventions");
        assertThat(classification.confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void aSummaryAloneDecidesOnlyForSpecificRulesAndWithLowConfidence() {
        Trial doseGroups = trialWith(TrialField.INTERVENTIONS, "DRUG: Dose level 1 group|DRUG: Dose level 2 group");

        TrialClassification carT = CLASSIFIER.classify(doseGroups,
                new TrialDetails("", "This study evaluates BCMA CAR-T cells in myasthenia gravis.", ""));
        TrialClassification passingStemCells = CLASSIFIER.classify(trialWith(TrialField.INTERVENTIONS, "DRUG: Trilaciclib"),
                new TrialDetails("", "Trilaciclib protects haematopoietic stem cells during chemotherapy.", ""));

        assertThat(carT.modality()).isEqualTo(Modality.CAR_T);
        assertThat(carT.field()).isEqualTo("summary");
        assertThat(carT.confidence()).isEqualTo(Confidence.LOW);
        assertThat(passingStemCells.isCgt()).isFalse();
    }

    @Test
    void theOfficialTitleAndInterventionDetailsAreReadWithMediumConfidence() {
        Trial coded = trialWith(TrialField.INTERVENTIONS, "BIOLOGICAL: XYZ-101");

        TrialClassification byDetails = CLASSIFIER.classify(coded,
                new TrialDetails("", "", "Autologous anti-CD19 CAR T cells | XYZ-101"));
        TrialClassification byOfficialTitle = CLASSIFIER.classify(coded,
                new TrialDetails("A Phase 1 Study of Umbilical Cord Mesenchymal Stem Cells in Knee Osteoarthritis", "", ""));

        assertThat(byDetails).extracting(TrialClassification::modality, TrialClassification::field, TrialClassification::confidence)
                .containsExactly(Modality.CAR_T, "intervention_details", Confidence.MEDIUM);
        assertThat(byOfficialTitle).extracting(TrialClassification::modality, TrialClassification::field)
                .containsExactly(Modality.MSC, "official_title");
    }

    @Test
    void aFollowUpStudyOfANamedProductHasThatProductsModality() {
        TrialClassification followUp = CLASSIFIER.classify(trialWith(TrialField.TITLE,
                "Long-term Follow-up of Patients Treated With Invossa in Knee Osteoarthritis"));

        assertThat(followUp.modality()).isEqualTo(Modality.VIRAL_VECTOR_GENE_THERAPY);
        assertThat(followUp.ruleId()).isEqualTo("product:invossa");
    }

    @Test
    void koreanMscProductsNamedOnlyByBrandAreCgt() {
        for (String product : List.of("Cartistem", "Pneumostem", "Neurostem-AD", "JointStem", "Cellgram-LC",
                "Hearticellgram-AMI", "ALLO-ASC-DFU", "Furestem-AD", "SMUP-IA-01", "Lenzumestrocel")) {
            assertThat(CLASSIFIER.classify(trialWith(TrialField.INTERVENTIONS, "DRUG: " + product)).modality())
                    .as(product).isEqualTo(Modality.MSC);
        }
    }
}
