package org.cgtatlas.feature.export;

import java.util.EnumSet;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.cgtatlas.domain.Briefing;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.export.pdf.ReportFilter;
import org.cgtatlas.export.pdf.ReportPageSize;
import org.cgtatlas.export.pdf.ReportSection;
import org.cgtatlas.export.pdf.SnapshotRequest;

/**
 * The choices for snapshots and prints, remembered between runs: sections, paper, the filters (a country and a
 * modality; the screens set them to their current filters) and whether to apply them, and the last folder used.
 */
public final class ExportModel {

    private final ObservableSet<ReportSection> sections = FXCollections.observableSet(EnumSet.allOf(ReportSection.class));
    private final ObjectProperty<ReportPageSize> pageSize = new SimpleObjectProperty<>(ReportPageSize.forLocale(Locale.getDefault()));
    private final BooleanProperty applyFilters = new SimpleBooleanProperty(false);
    private final ObjectProperty<Country> country = new SimpleObjectProperty<>();
    private final ObjectProperty<Modality> modality = new SimpleObjectProperty<>();
    private final ObservableList<Country> countries = FXCollections.observableArrayList();
    private final StringProperty lastFolder = new SimpleStringProperty("");
    private final ObservableList<Briefing> briefings = FXCollections.observableArrayList();
    private final ObjectProperty<Briefing> since = new SimpleObjectProperty<>();

    public ObservableSet<ReportSection> sections() {
        return sections;
    }

    public ObjectProperty<ReportPageSize> pageSizeProperty() {
        return pageSize;
    }

    public BooleanProperty applyFiltersProperty() {
        return applyFilters;
    }

    public ObjectProperty<Country> countryProperty() {
        return country;
    }

    public ObjectProperty<Modality> modalityProperty() {
        return modality;
    }

    /** The in-region countries a filter can choose from. */
    public ObservableList<Country> countries() {
        return countries;
    }

    /** The pinned briefings the "What changed since" section can compare with, newest first. */
    public ObservableList<Briefing> briefings() {
        return briefings;
    }

    /** The briefing the PDF's "What changed since" section compares with; null: no such section. */
    public ObjectProperty<Briefing> sinceProperty() {
        return since;
    }

    public StringProperty lastFolderProperty() {
        return lastFolder;
    }

    /** The request as the model stands, read on the FX thread before the work starts. */
    public SnapshotRequest toRequest(ReportPageSize paper) {
        Country chosen = country.get();
        return new SnapshotRequest(EnumSet.copyOf(sections), paper,
                new ReportFilter(chosen == null ? null : chosen.code(), modality.get()), applyFilters.get());
    }
}
