package org.cgtatlas.feature.countries;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State of the Countries screen. */
public final class CountriesModel {

    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty hint = new SimpleStringProperty("");

    public StringProperty headlineProperty() {
        return headline;
    }

    public StringProperty hintProperty() {
        return hint;
    }
}
