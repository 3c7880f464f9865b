package org.cgtatlas.feature.trials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cgtatlas.core.concurrent.CurrentThreadTaskExecutor;
import org.cgtatlas.core.concurrent.Lane;
import org.cgtatlas.core.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Trials controller's filtering without the toolkit or a database; the repository is never touched. */
class TrialsControllerTest {

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final TrialsModel model = new TrialsModel();
    private final TrialsController controller = new TrialsController(model, tasks, null, null, url -> { });

    @BeforeEach
    void load() {
        controller.show(new TrialsController.Loaded(
                List.of(TrialFilterTest.CAR_T_IN_CHINA, TrialFilterTest.DRUG_IN_JAPAN), List.of("CN", "JP", "KR", "TW")));
        tasks.forget();
    }

    @Test
    void aFilterIsAppliedOnTheComputePool() {
        model.countryProperty().set("JP");

        assertThat(model.shownTrials()).containsExactly(TrialFilterTest.DRUG_IN_JAPAN);
        assertThat(model.shownCountProperty().get()).isEqualTo(Messages.get("trials.count", 1, 2));
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
        assertThat(model.shownTrials()).containsExactly(TrialFilterTest.CAR_T_IN_CHINA, TrialFilterTest.DRUG_IN_JAPAN);
        assertThat(model.byModalityProperty().get()).isNotEqualTo(TrialTally.EMPTY);
    }
}
