package org.cgtatlas.feature.countries;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.countries.ComparisonRow;
import org.cgtatlas.landscape.countries.CountryComparison;
import org.cgtatlas.landscape.countries.CountryProfile;

/** State of the Countries screen: the comparison, the chosen rows and columns, and the selected country's profile. */
public final class CountriesModel {

    private final ObjectProperty<Landscape> data = new SimpleObjectProperty<>();
    private final ObjectProperty<CountryComparison> comparison = new SimpleObjectProperty<>();
    private final ObjectProperty<ComparisonLayout> layout = new SimpleObjectProperty<>(ComparisonLayout.defaults());
    private final ObservableList<ComparisonRow> visibleRows = FXCollections.observableArrayList();
    private final StringProperty selectedCountry = new SimpleStringProperty();
    private final ObjectProperty<CountryProfile> profile = new SimpleObjectProperty<>();
    private final BooleanProperty empty = new SimpleBooleanProperty();

    public ObjectProperty<Landscape> dataProperty() {
        return data;
    }

    public ObjectProperty<CountryComparison> comparisonProperty() {
        return comparison;
    }

    public ObjectProperty<ComparisonLayout> layoutProperty() {
        return layout;
    }

    /** The comparison's rows as the layout shows them; replaced whenever the comparison or the layout changes. */
    public ObservableList<ComparisonRow> visibleRows() {
        return visibleRows;
    }

    /** ISO code of the country whose profile is shown; set by the column headers, the country list or the dashboard. */
    public StringProperty selectedCountryProperty() {
        return selectedCountry;
    }

    public ObjectProperty<CountryProfile> profileProperty() {
        return profile;
    }

    /** True when the data holds no focus countries at all. */
    public BooleanProperty emptyProperty() {
        return empty;
    }
}
