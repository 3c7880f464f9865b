package org.cgtatlas.feature.dashboard;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.cgtatlas.landscape.dashboard.DashboardFigures;

/** State of the Dashboard: the figures computed from the latest data snapshot. */
public final class DashboardModel {

    private final ObjectProperty<DashboardFigures> figures = new SimpleObjectProperty<>();
    private final BooleanProperty empty = new SimpleBooleanProperty();

    public ObjectProperty<DashboardFigures> figuresProperty() {
        return figures;
    }

    /** True when the data holds no focus countries at all. */
    public BooleanProperty emptyProperty() {
        return empty;
    }
}
