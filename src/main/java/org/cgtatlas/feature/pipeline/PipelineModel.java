package org.cgtatlas.feature.pipeline;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.OrganizationType;
import org.cgtatlas.landscape.pipeline.PipelineCount;
import org.cgtatlas.landscape.pipeline.PipelineFilter;
import org.cgtatlas.landscape.pipeline.PipelineRow;
import org.cgtatlas.landscape.pipeline.PipelineSort;

/** State of the Pipeline screen: the filters, the rows they let through, the layout, the selection and its detail. */
public final class PipelineModel {

    private final ObservableList<PipelineRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty totalCount = new SimpleIntegerProperty();
    private final ObjectProperty<PipelineCount> total = new SimpleObjectProperty<>(PipelineCount.NONE);
    private final ObjectProperty<String> countryFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Modality> modalityFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<DevelopmentStage> stageFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<OrganizationType> organizationTypeFilter = new SimpleObjectProperty<>();
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final ObjectProperty<PipelineSort> sort = new SimpleObjectProperty<>(PipelineSort.NONE);
    private final ObjectProperty<ColumnLayout> columns = new SimpleObjectProperty<>(ColumnLayout.defaults());
    private final ObjectProperty<PipelineGrouping> grouping = new SimpleObjectProperty<>(PipelineGrouping.FLAT);
    private final ObservableList<Country> countries = FXCollections.observableArrayList();
    private final ObservableList<Organization> organizations = FXCollections.observableArrayList();
    private final ObjectProperty<PipelineRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<PipelineDetail> detail = new SimpleObjectProperty<>();
    private final StringProperty selectedId = new SimpleStringProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final StringProperty undoLabel = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    /** The rows shown: filtered and sorted, replaced in one {@code setAll} per change. */
    public ObservableList<PipelineRow> rows() {
        return rows;
    }

    /** How many rows there are before filtering. */
    /** The programmes and programme-less companies of all rows, before filtering. */
    public ObjectProperty<PipelineCount> totalProperty() {
        return total;
    }

    public IntegerProperty totalCountProperty() {
        return totalCount;
    }

    public ObjectProperty<String> countryFilterProperty() {
        return countryFilter;
    }

    public ObjectProperty<Modality> modalityFilterProperty() {
        return modalityFilter;
    }

    public ObjectProperty<DevelopmentStage> stageFilterProperty() {
        return stageFilter;
    }

    public ObjectProperty<OrganizationType> organizationTypeFilterProperty() {
        return organizationTypeFilter;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    public PipelineFilter filter() {
        return new PipelineFilter(countryFilter.get(), modalityFilter.get(), stageFilter.get(),
                organizationTypeFilter.get(), textFilter.get());
    }

    public void setFilter(PipelineFilter filter) {
        countryFilter.set(filter.countryCode());
        modalityFilter.set(filter.modality());
        stageFilter.set(filter.stage());
        organizationTypeFilter.set(filter.organizationType());
        textFilter.set(filter.text());
    }

    public ObjectProperty<PipelineSort> sortProperty() {
        return sort;
    }

    public ObjectProperty<ColumnLayout> columnsProperty() {
        return columns;
    }

    public ObjectProperty<PipelineGrouping> groupingProperty() {
        return grouping;
    }

    /** Every stored country, focus countries first, for the filter and the forms. */
    public ObservableList<Country> countries() {
        return countries;
    }

    /** Every stored organization by name, for the forms. */
    public ObservableList<Organization> organizations() {
        return organizations;
    }

    public ObjectProperty<PipelineRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<PipelineDetail> detailProperty() {
        return detail;
    }

    /**
     * A row to select as soon as it is among the rows shown (after a save, an undo, a search hit, a link in the
     * detail); the table clears it once done, or when the analyst clicks a row meanwhile.
     */
    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    /** What Undo would bring back, e.g. "Undo delete “Relma-cel”". */
    public StringProperty undoLabelProperty() {
        return undoLabel;
    }

    /** The outcome of the last action ("Saved …", "Deleted …", "Wrote … rows to …"). */
    public StringProperty messageProperty() {
        return message;
    }
}
