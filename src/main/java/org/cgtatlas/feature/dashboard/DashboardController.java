package org.cgtatlas.feature.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.TaskRunner;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.landscape.LandscapeCache;
import org.cgtatlas.landscape.dashboard.DashboardFigures;
import org.cgtatlas.ui.navigation.Navigator;
import org.cgtatlas.ui.navigation.ScreenId;

/** Computes the dashboard in the background (again whenever the data changes) and opens what a tile stands for. */
public final class DashboardController {

    private final DashboardModel model;
    private final TaskRunner tasks;
    private final LandscapeCache landscape;
    private final Clock clock;
    private final Navigator navigator;
    private final AtomicLong generation = new AtomicLong();

    public DashboardController(DashboardModel model, TaskRunner tasks, LandscapeCache landscape, Clock clock,
                               Navigator navigator) {
        this.model = model;
        this.tasks = tasks;
        this.landscape = landscape;
        this.clock = clock;
        this.navigator = navigator;
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
        navigator.showCountry(countryCode);
    }

    public void openPipeline(String countryCode, Modality modality) {
        navigator.showPipeline(countryCode, modality);
    }

    public void openTimeline(String countryCode) {
        navigator.showTimeline(countryCode);
    }

    public void openSources() {
        navigator.show(ScreenId.SOURCES);
    }
}
