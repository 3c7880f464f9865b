package org.cgtatlas.feature.sources;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.CitedPassage;
import org.cgtatlas.domain.Source;

/** State of the Sources screen: the documents, the one shown, its cited passages and the passage in focus. */
public final class SourcesModel {

    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final ObjectProperty<Source> selected = new SimpleObjectProperty<>();
    private final ObservableList<CitedPassage> passages = FXCollections.observableArrayList();
    private final ObjectProperty<Citation> focused = new SimpleObjectProperty<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty();

    public ObservableList<Source> sources() {
        return sources;
    }

    public ObjectProperty<Source> selectedProperty() {
        return selected;
    }

    /** The passages of the selected source that facts cite. */
    public ObservableList<CitedPassage> passages() {
        return passages;
    }

    /** The passage to scroll to and mark, e.g. the one a "Show source" asked for. */
    public ObjectProperty<Citation> focusedProperty() {
        return focused;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }
}
