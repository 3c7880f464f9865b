package org.cgtatlas.app;

import javafx.scene.Node;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.feature.timeline.TimelineController;
import org.cgtatlas.feature.timeline.TimelineModel;
import org.cgtatlas.feature.timeline.TimelineView;
import org.cgtatlas.ui.navigation.Navigator;
import org.cgtatlas.ui.navigation.SearchProvider;

/** The Timeline screen's factory; its controller reloads on data changes once the screen has been opened. */
final class TimelineScreen extends Screen {

    private final TimelineModel model = new TimelineModel();
    private final TimelineController controller;

    TimelineScreen(AppServices services, TaskExecutor tasks, Navigator navigator) {
        this.controller = new TimelineController(model, tasks, services.landscape(), services.events(),
                services.organizations(), services.dataRevision(), navigator, services.recordHistory());
    }

    /** What the global search looks through; read on the database thread after each data change. */
    SearchProvider searchable() {
        return controller.searchable();
    }

    /** Shows the events of a country (null: all), opening the screen. */
    void showFiltered(String countryCode) {
        controller.showFiltered(countryCode, null);
    }

    @Override
    protected Node build() {
        controller.refresh();
        return new TimelineView(model, controller).root();
    }
}
