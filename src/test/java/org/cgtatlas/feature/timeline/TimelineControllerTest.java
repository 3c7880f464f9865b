package org.cgtatlas.feature.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.core.concurrent.TaskRunner;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.testing.RecordingNavigator;
import org.cgtatlas.ui.navigation.ScreenId;
import org.cgtatlas.ui.navigation.SearchHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The controller's public entry points for other screens and the global search, on the bundled dataset. */
class TimelineControllerTest {

    @TempDir
    Path folder;

    private final RecordingNavigator navigator = new RecordingNavigator();
    private final TimelineModel model = new TimelineModel();
    private AppServices services;
    private TaskRunner tasks;
    /** Failures of background work; an assertion thrown in an FX callback would be lost, so they are checked after each test. */
    private final List<Throwable> backgroundFailures = new CopyOnWriteArrayList<>();
    private TimelineController controller;

    @BeforeEach
    void load() throws Exception {
        FxToolkit.registerPrimaryStage();
        services = AppServices.open(folder);
        tasks = new TaskRunner(backgroundFailures::add);
        controller = new TimelineController(model, tasks, services.landscape(), services.events(),
                services.dataRevision(), navigator);
        WaitForAsyncUtils.asyncFx(controller::refresh).get();
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> model.loadedProperty().get());
    }

    @AfterEach
    void close() {
        assertThat(backgroundFailures).as("background work that failed").isEmpty();
        tasks.close();
        services.close();
    }

    @Test
    void showFilteredKeepsOneCountrysEventsOfOneTypeAndOpensTheTimeline() throws Exception {
        model.textProperty().set("delegation");
        WaitForAsyncUtils.asyncFx(() -> controller.showFiltered("KR", null)).get();
        assertThat(navigator.calls()).containsExactly("show TIMELINE");
        assertThat(model.textProperty().get()).isEmpty();
        assertThat(model.shown()).isNotEmpty().allSatisfy(event -> assertThat(
                model.lookupProperty().get().allCountries(event)).contains("KR"));
        int allKorean = model.shown().size();

        WaitForAsyncUtils.asyncFx(() -> controller.showFiltered("KR", EventType.LICENSING)).get();
        assertThat(model.shown()).extracting(CollaborationEvent::id).containsExactly("evt-cha-biotech-astellas-licence");
        WaitForAsyncUtils.asyncFx(() -> controller.showFiltered(null, EventType.LICENSING)).get();
        assertThat(model.shown()).hasSizeGreaterThan(1).allSatisfy(event -> assertThat(event.type()).isEqualTo(EventType.LICENSING));
        assertThat(allKorean).isGreaterThan(model.shown().size());
    }

    @Test
    void aSearchHitOpensTheTimelineWithTheEventSelected() throws Exception {
        List<SearchHit> hits = controller.search("duogenic ai cells", 10);
        assertThat(hits).extracting(SearchHit::screen).containsOnly(ScreenId.TIMELINE);
        SearchHit licence = hits.stream().filter(hit -> hit.title().startsWith("DuoGenic StemCells")).findFirst().orElseThrow();
        assertThat(licence.detail()).contains("2025-04").contains("Licensing");
        WaitForAsyncUtils.asyncFx(() -> controller.showFiltered("CN", null)).get();
        WaitForAsyncUtils.asyncFx(licence.open()).get();
        assertThat(model.countryFilterProperty().get()).isNull();
        assertThat(model.selectedProperty().get().id()).isEqualTo("evt-duogenic-a-and-i-ai-cells-licence");
    }
}
