package org.cgtatlas.feature.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.Lane;
import org.cgtatlas.core.concurrent.LatestTaskScheduler;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.landscape.LandscapeCache;
import org.cgtatlas.landscape.dashboard.DashboardFigures;
import org.cgtatlas.ui.navigation.Navigator;
import org.cgtatlas.ui.navigation.ScreenId;

/** Computes the dashboard in the background (again whenever the data changes) and opens what a tile stands for. */
public final class DashboardController {

    private final DashboardModel model;
    private final TaskExecutor tasks;
    private final LandscapeCache landscape;
    private final Clock clock;
    private final Navigator navigator;
    private final LatestTaskScheduler<DashboardFigures> loads;

    public DashboardController(DashboardModel model, TaskExecutor tasks, LandscapeCache landscape, Clock clock,
                               Navigator navigator) {
        this.model = model;
        this.tasks = tasks;
        this.landscape = landscape;
        this.clock = clock;
        this.navigator = navigator;
        this.loads = new LatestTaskScheduler<>(tasks, Lane.DATABASE, Duration.ZERO);
    }

    /** Reloads whenever stored data changes. */
    public void follow(DataRevision revision) {
        revision.revisionProperty().addListener((observable, before, now) -> refresh());
    }

    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        loads.schedule(Messages.get("dashboard.loading"), progress -> DashboardFigures.of(landscape.current(), today), figures -> {
            model.emptyProperty().set(figures.countries().isEmpty());
            model.figuresProperty().set(figures);
        });
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

    public void openBriefings() {
        navigator.showBriefings();
    }

    public void openChanges() {
        navigator.showChanges();
    }
}
