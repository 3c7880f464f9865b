package org.cgtatlas.feature.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cgtatlas.ui.Theme;
import org.cgtatlas.ui.navigation.ScreenId;
import org.cgtatlas.ui.navigation.SearchHit;

/** State of the main window: which screen is shown, the look, the search and the status bar. */
public final class MainWindowModel {

    public static final double MIN_ZOOM = 0.7;
    public static final double MAX_ZOOM = 2.0;

    private final ObjectProperty<ScreenId> currentScreen = new SimpleObjectProperty<>(ScreenId.DASHBOARD);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<SearchHit> searchResults = FXCollections.observableArrayList();
    private final StringProperty searchedFor = new SimpleStringProperty("");
    private final StringProperty statusMessage = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty cancellable = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty dataFolder = new SimpleStringProperty("");

    public ObjectProperty<ScreenId> currentScreenProperty() {
        return currentScreen;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<SearchHit> searchResults() {
        return searchResults;
    }

    /** The query the search results answer; empty while there is none, so "no matches" is told from "not yet". */
    public StringProperty searchedForProperty() {
        return searchedFor;
    }

    public StringProperty statusMessageProperty() {
        return statusMessage;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** True while a long task the user started runs, which Cancel can stop. */
    public BooleanProperty cancellableProperty() {
        return cancellable;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty dataFolderProperty() {
        return dataFolder;
    }
}
