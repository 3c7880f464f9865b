package org.cgtatlas.app;

import java.time.Clock;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.feature.dashboard.DashboardController;
import org.cgtatlas.feature.dashboard.DashboardModel;
import org.cgtatlas.feature.dashboard.DashboardView;
import org.cgtatlas.landscape.LandscapeCache;
import org.cgtatlas.ui.Theme;
import org.cgtatlas.ui.navigation.Navigator;

/** The Dashboard screen's factory. */
final class DashboardScreen extends Screen {

    private final DashboardModel model = new DashboardModel();
    private final DashboardController controller;
    private final DataRevision dataRevision;
    private final ObservableValue<Theme> theme;

    DashboardScreen(TaskExecutor tasks, LandscapeCache landscape, DataRevision dataRevision, Navigator navigator,
                    ObservableValue<Theme> theme) {
        this.controller = new DashboardController(model, tasks, landscape, Clock.systemDefaultZone(), navigator);
        this.dataRevision = dataRevision;
        this.theme = theme;
    }

    @Override
    protected Node build() {
        controller.follow(dataRevision);
        controller.refresh();
        return new DashboardView(model, controller, theme).root();
    }
}
