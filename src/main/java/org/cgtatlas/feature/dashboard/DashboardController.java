package org.cgtatlas.feature.dashboard;

import org.cgtatlas.core.i18n.Messages;

/** Loads what the Dashboard screen shows. */
public final class DashboardController {

    private final DashboardModel model;

    public DashboardController(DashboardModel model) {
        this.model = model;
    }

    public void refresh() {
        model.headlineProperty().set(Messages.get("dashboard.empty.headline"));
        model.hintProperty().set(Messages.get("dashboard.empty.hint"));
    }
}
