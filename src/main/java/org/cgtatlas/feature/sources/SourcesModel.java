package org.cgtatlas.feature.sources;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State of the Sources screen. */
public final class SourcesModel {

    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty hint = new SimpleStringProperty("");

    public StringProperty headlineProperty() {
        return headline;
    }

    public StringProperty hintProperty() {
        return hint;
    }
}
