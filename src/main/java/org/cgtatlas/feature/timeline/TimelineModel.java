package org.cgtatlas.feature.timeline;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State of the Timeline screen. */
public final class TimelineModel {

    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty hint = new SimpleStringProperty("");

    public StringProperty headlineProperty() {
        return headline;
    }

    public StringProperty hintProperty() {
        return hint;
    }
}
