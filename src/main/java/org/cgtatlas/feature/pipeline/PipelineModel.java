package org.cgtatlas.feature.pipeline;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State of the Pipeline screen. */
public final class PipelineModel {

    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty hint = new SimpleStringProperty("");

    public StringProperty headlineProperty() {
        return headline;
    }

    public StringProperty hintProperty() {
        return hint;
    }
}
