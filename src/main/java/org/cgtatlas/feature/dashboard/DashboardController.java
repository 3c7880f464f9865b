package org.cgtatlas.feature.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.TaskRunner;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.landscape.LandscapeCache;
import org.cgtatlas.landscape.dashboard.DashboardFigures;
import org.cgtatlas.ui.DrillDown;
import org.cgtatlas.ui.navigation.Navigator;
import org.cgtatlas.ui.navigation.ScreenId;

/** Computes the dashboard in the background (again whenever the data changes) and opens what a tile stands for. */
public final class DashboardController {

    private final DashboardModel model;
    private final TaskRunner tasks;
    private final LandscapeCache landscape;
    private final Clock clock;
    private final Navigator navigator;
    private final DrillDown drillDown;
    private final Consumer<String> openCountry;
    private final AtomicLong generation = new AtomicLong();

    /** {@code openCountry} shows the Countries screen with the given country (ISO code; null: as it was) selected. */
    public DashboardController(DashboardModel model, TaskRunner tasks, LandscapeCache landscape, Clock clock,
                               Navigator navigator, DrillDown drillDown, Consumer<String> openCountry) {
        this.model = model;
        this.tasks = tasks;
        this.landscape = landscape;
        this.clock = clock;
        this.navigator = navigator;
        this.drillDown = drillDown;
        this.openCountry = openCountry;
    }

    /** Reloads whenever stored data changes. */
    public void follow(DataRevision revision) {
        revision.revisionProperty().addListener((observable, before, now) -> refresh());
    }

    public void refresh() {
        long request = generation.incrementAndGet();
        LocalDate today = LocalDate.now(clock);
        tasks.task(Messages.get("dashboard.loading"), progress -> DashboardFigures.of(landscape.current(), today))
                .onSuccess(figures -> {
                    if (request == generation.get()) {
                        model.emptyProperty().set(figures.countries().isEmpty());
                        model.figuresProperty().set(figures);
                    }
                })
                .start();
    }

    public void openCountry(String countryCode) {
        openCountry.accept(countryCode);
    }

    public void openPipeline(String countryCode, Modality modality) {
        drillDown.pipeline(countryCode, modality);
    }

    public void openTimeline(String countryCode) {
        drillDown.timeline(countryCode);
    }

    public void openSources() {
        navigator.show(ScreenId.SOURCES);
    }
}
