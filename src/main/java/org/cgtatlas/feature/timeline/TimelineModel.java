package org.cgtatlas.feature.timeline;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.timeline.CountryPair;
import org.cgtatlas.landscape.timeline.CrossBorderMatrix;
import org.cgtatlas.landscape.timeline.EventCountries;
import org.cgtatlas.ui.timeline.TimelineItem;
import org.cgtatlas.ui.timeline.TimelineLane;

/** State of the Timeline screen: the stored events, the filter, what it leaves, the lanes, the matrix, the selection. */
public final class TimelineModel {

    private final ObservableList<CollaborationEvent> events = FXCollections.observableArrayList();
    private final ObservableList<Organization> organizations = FXCollections.observableArrayList();
    private final ObservableList<Country> countries = FXCollections.observableArrayList();
    private final ObjectProperty<Landscape> snapshot = new SimpleObjectProperty<>(Landscape.EMPTY);
    private final ObjectProperty<EventCountries> lookup = new SimpleObjectProperty<>(EventCountries.of(Landscape.EMPTY));

    private final ObjectProperty<EventType> typeFilter = new SimpleObjectProperty<>();
    private final StringProperty countryFilter = new SimpleStringProperty();
    private final ObjectProperty<Organization> organizationFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> fromYear = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> toYear = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<CountryPair> pairFilter = new SimpleObjectProperty<>();

    private final ObservableList<CollaborationEvent> shown = FXCollections.observableArrayList();
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(LaneMode.COUNTRY);
    private final ObservableList<TimelineItem> items = FXCollections.observableArrayList();
    private final ObservableList<TimelineLane> lanes = FXCollections.observableArrayList();
    private final ObjectProperty<CrossBorderMatrix> matrix = new SimpleObjectProperty<>();
    private final ObjectProperty<CollaborationEvent> selected = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");

    /** The snapshot the screen shows, for what the events only refer to by id (their sources' titles). */
    public ObjectProperty<Landscape> snapshotProperty() {
        return snapshot;
    }

    /** Every stored event, in stored order. */
    public ObservableList<CollaborationEvent> events() {
        return events;
    }

    public ObservableList<Organization> organizations() {
        return organizations;
    }

    public ObservableList<Country> countries() {
        return countries;
    }

    ObjectProperty<EventCountries> lookupProperty() {
        return lookup;
    }

    public ObjectProperty<EventType> typeFilterProperty() {
        return typeFilter;
    }

    /** An ISO country code, or null for all countries. */
    public StringProperty countryFilterProperty() {
        return countryFilter;
    }

    public ObjectProperty<Organization> organizationFilterProperty() {
        return organizationFilter;
    }

    public ObjectProperty<Integer> fromYearProperty() {
        return fromYear;
    }

    public ObjectProperty<Integer> toYearProperty() {
        return toYear;
    }

    public StringProperty textProperty() {
        return text;
    }

    ObjectProperty<CountryPair> pairFilterProperty() {
        return pairFilter;
    }

    /** The events the filter keeps, dated or not: what the list shows; set after {@link #items()} on each filtering. */
    public ObservableList<CollaborationEvent> shown() {
        return shown;
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    /** The dated events the filter keeps, as timeline items. */
    public ObservableList<TimelineItem> items() {
        return items;
    }

    public ObservableList<TimelineLane> lanes() {
        return lanes;
    }

    ObjectProperty<CrossBorderMatrix> matrixProperty() {
        return matrix;
    }

    public ObjectProperty<CollaborationEvent> selectedProperty() {
        return selected;
    }

    /** "42 events shown, 20 of them undated (in the list only)". */
    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    /** The last thing done that the analyst may want to undo ("Deleted …"), or blank. */
    public StringProperty noticeProperty() {
        return notice;
    }
}
