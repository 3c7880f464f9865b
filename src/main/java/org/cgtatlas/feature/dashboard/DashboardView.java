package org.cgtatlas.feature.dashboard;

import javafx.scene.Node;
import org.cgtatlas.feature.shell.ScreenId;
import org.cgtatlas.ui.EmptyState;

/** The Dashboard screen. */
public final class DashboardView {

    private final Node root;

    public DashboardView(DashboardModel model) {
        root = new EmptyState(ScreenId.DASHBOARD.icon(), model.headlineProperty(), model.hintProperty());
    }

    public Node root() {
        return root;
    }
}
