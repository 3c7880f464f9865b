package org.cgtatlas.feature.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.CurrentThreadTaskExecutor;
import org.cgtatlas.core.concurrent.Lane;
import org.cgtatlas.core.settings.SettingsStore;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.pipeline.PipelineFilter;
import org.cgtatlas.landscape.pipeline.PipelineFixtures;
import org.cgtatlas.landscape.pipeline.PipelineRow;
import org.cgtatlas.landscape.pipeline.PipelineRows;
import org.cgtatlas.testing.RecordingNavigator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Pipeline controller's filtering without the toolkit or a database: the rows are handed over as loaded, and the
 * work runs on the calling thread; the snapshot cache and the repositories (null here) are never touched.
 */
class PipelineControllerLogicTest {

    @TempDir
    Path folder;

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final PipelineModel model = new PipelineModel();
    private PipelineController controller;

    @BeforeEach
    void open() {
        controller = new PipelineController(model, null, null, null, tasks, new DataRevision(),
                SettingsStore.load(folder.resolve("settings.properties")), new RecordingNavigator(), null);
        Landscape data = PipelineFixtures.data();
        controller.show(data, PipelineRows.of(data));
        tasks.forget();
    }

    private List<String> shownCountries() {
        return model.rows().stream().map(PipelineRow::countryCode).distinct().toList();
    }

    @Test
    void aFilterIsAppliedOnceOnTheComputePool() {
        controller.setFilter(new PipelineFilter("KR", null, null, null, ""));

        assertThat(shownCountries()).containsExactly("KR");
        assertThat(tasks.ran()).containsExactly("COMPUTE Filtering the pipeline");
        assertThat(tasks.ranOn(Lane.DATABASE)).isZero();
    }

    @Test
    void typingFiltersOnceTheTypingPauses() {
        model.textFilterProperty().set("t");
        model.textFilterProperty().set("ta");
        model.textFilterProperty().set("tak");
        assertThat(tasks.ran()).isEmpty();

        tasks.advance(Duration.ofMillis(150));

        assertThat(tasks.ran()).hasSize(1);
        assertThat(model.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.company()).isEqualTo("Takeda"));
    }

    @Test
    void aFilterChosenWhileTypingPausesReplacesThePendingOneAndKeepsTheText() {
        model.textFilterProperty().set("cell");
        model.countryFilterProperty().set("KR");
        tasks.advance(Duration.ofMillis(150));

        assertThat(tasks.ran()).hasSize(1);
        assertThat(model.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.countryCode()).isEqualTo("KR"));
        assertThat(model.rows()).allSatisfy(row -> assertThat(row.company()).containsIgnoringCase("cell"));
    }

    @Test
    void clearingTheFiltersShowsEveryRowAgain() {
        int all = model.rows().size();
        controller.setFilter(new PipelineFilter("JP", null, null, null, ""));
        assertThat(model.rows()).hasSizeLessThan(all);

        controller.clearFilters();

        assertThat(model.rows()).hasSize(all);
    }
}
