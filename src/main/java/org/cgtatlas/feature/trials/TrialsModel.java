package org.cgtatlas.feature.trials;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State of the Trials screen. */
public final class TrialsModel {

    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty hint = new SimpleStringProperty("");

    public StringProperty headlineProperty() {
        return headline;
    }

    public StringProperty hintProperty() {
        return hint;
    }
}
