package org.cgtatlas.feature.trials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cgtatlas.core.concurrent.CurrentThreadTaskExecutor;
import org.cgtatlas.core.concurrent.Lane;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.Confidence;
import org.cgtatlas.domain.Intervention;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.RegistrySource;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.domain.TrialClassification;
import org.cgtatlas.domain.TrialRegistration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Trials controller's filtering without the toolkit or a database; the repository is never touched. */
class TrialsControllerTest {

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final TrialsModel model = new TrialsModel();
    private final TrialsController controller = new TrialsController(model, tasks, null, null, url -> { });

    /** A ChiCTR trial also registered on JPRN, known from a WHO ICTRP export. */
    static final ClassifiedTrial MSC_ON_CHICTR = new ClassifiedTrial(
            new Trial("ChiCTR2300070001", "MSC for knee osteoarthritis", "RECRUITING", List.of("PHASE2"), List.of("Osteoarthritis"),
                    List.of(new Intervention("", "umbilical cord MSC")), "Peking University", "", null, null, 40, Set.of("CN")),
            new TrialClassification(Modality.MSC, "msc", "interventions", "msc", "why", Confidence.HIGH),
            new TrialRegistration("ChiCTR", List.of("ChiCTR", "JPRN"), List.of("JPRN-jRCT2053210001 (JPRN)"), Set.of("CN"), true,
                    "https://www.chictr.org.cn/showproj.html?proj=1"));

    @TempDir
    Path folder;

    @BeforeEach
    void load() {
        controller.show(new TrialsController.Loaded(
                List.of(TrialFilterTest.CAR_T_IN_CHINA, TrialFilterTest.DRUG_IN_JAPAN, MSC_ON_CHICTR), List.of("CN", "JP", "KR", "TW"),
                List.of(new RegistrySource("WHO ICTRP", Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-11-02T15:05:10Z"),
                        List.of("ChiCTR", "JPRN")))));
        tasks.forget();
    }

    @Test
    void namesTheSourcesWithTheirDatesAndWhosTerms() {
        assertThat(model.sourcesProperty().get()).contains("WHO ICTRP (ChiCTR, JPRN) exported 2026-11-02")
                .contains(RegistrySource.ICTRP_TERMS);
    }

    @Test
    void filtersByAnyRegisterATrialIsRegisteredIn() {
        assertThat(model.registryChoices()).containsExactly("", "ChiCTR", "ClinicalTrials.gov", "JPRN");

        model.registryProperty().set("JPRN");

        assertThat(model.shownTrials()).containsExactly(MSC_ON_CHICTR);
    }

    @Test
    void exportsTheTrialsShownWithTheirSourcesAndFilters() throws IOException {
        model.countryProperty().set("CN");
        Path target = folder.resolve("trials.csv");

        controller.exportCsv(target);

        String csv = Files.readString(target);
        assertThat(csv).contains("CGT Atlas trials list: 2 trial(s)").contains("Filters: country CN")
                .contains("WHO ICTRP (ChiCTR, JPRN) exported 2026-11-02").contains(RegistrySource.ICTRP_TERMS)
                .contains("NCT00000001,").contains("ChiCTR2300070001,JPRN-jRCT2053210001 (JPRN),ChiCTR,")
                .doesNotContain("NCT00000002");
        assertThat(model.messageProperty().get()).isEqualTo(Messages.get("trials.export.done", 2, target));
    }

    @Test
    void aFilterIsAppliedOnTheComputePool() {
        model.countryProperty().set("JP");

        assertThat(model.shownTrials()).containsExactly(TrialFilterTest.DRUG_IN_JAPAN);
        assertThat(model.shownCountProperty().get()).isEqualTo(Messages.get("trials.count", 1, 3));
        assertThat(tasks.ran()).containsExactly("COMPUTE Filtering trials");
    }

    @Test
    void clearingEveryFilterFiltersOnce() {
        model.countryProperty().set("CN");
        model.phaseProperty().set("PHASE2");
        model.statusProperty().set("RECRUITING");
        model.funderTypeProperty().set("OTHER");
        model.startYearProperty().set(2021);
        model.textProperty().set("car");
        model.modalityProperty().set("CAR_T");
        assertThat(model.shownTrials()).containsExactly(TrialFilterTest.CAR_T_IN_CHINA);
        tasks.forget();

        controller.clearFilters();

        assertThat(tasks.ranOn(Lane.COMPUTE)).isEqualTo(1);
        assertThat(model.shownTrials()).containsExactly(TrialFilterTest.CAR_T_IN_CHINA, TrialFilterTest.DRUG_IN_JAPAN,
                MSC_ON_CHICTR);
        assertThat(model.byModalityProperty().get()).isNotEqualTo(TrialTally.EMPTY);
    }
}
