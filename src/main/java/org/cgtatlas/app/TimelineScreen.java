package org.cgtatlas.app;

import java.util.List;
import javafx.scene.Node;
import org.cgtatlas.core.concurrent.TaskRunner;
import org.cgtatlas.feature.timeline.TimelineController;
import org.cgtatlas.feature.timeline.TimelineModel;
import org.cgtatlas.feature.timeline.TimelineView;
import org.cgtatlas.ui.navigation.Navigator;
import org.cgtatlas.ui.navigation.SearchHit;

/** The Timeline screen's factory; its controller reloads on data changes once the screen has been opened. */
final class TimelineScreen extends Screen {

    private final TimelineModel model = new TimelineModel();
    private final TimelineController controller;

    TimelineScreen(AppServices services, TaskRunner tasks, Navigator navigator) {
        this.controller = new TimelineController(model, tasks, services.landscape(), services.events(),
                services.dataRevision(), navigator);
    }

    List<SearchHit> search(String query, int limit) {
        return controller.search(query, limit);
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
