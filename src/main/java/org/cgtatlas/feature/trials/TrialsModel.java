package org.cgtatlas.feature.trials;

import java.util.ArrayList;
import java.util.List;
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
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.Confidence;
import org.cgtatlas.domain.TrialSource;

/** State of the Trials screen: the imported trials, the filters, the charts' tallies and the selected trial. */
public final class TrialsModel {

    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty hint = new SimpleStringProperty("");
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final ObservableList<ClassifiedTrial> trials = FXCollections.observableArrayList();
    private final ObservableList<ClassifiedTrial> shownTrials = FXCollections.observableArrayList();
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty modality = new SimpleStringProperty("");
    private final StringProperty confidence = new SimpleStringProperty("");
    private final StringProperty phase = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty funderType = new SimpleStringProperty("");
    private final StringProperty registry = new SimpleStringProperty("");
    private final IntegerProperty startYear = new SimpleIntegerProperty();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<String> countryChoices = FXCollections.observableArrayList();
    private final ObservableList<String> modalityChoices = FXCollections.observableArrayList();
    private final ObservableList<String> phaseChoices = FXCollections.observableArrayList();
    private final ObservableList<String> statusChoices = FXCollections.observableArrayList();
    private final ObservableList<String> funderTypeChoices = FXCollections.observableArrayList();
    private final ObservableList<String> registryChoices = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty sources = new SimpleStringProperty("");
    private final ObservableList<Integer> startYearChoices = FXCollections.observableArrayList();
    private final StringProperty shownCount = new SimpleStringProperty("");
    private final ObjectProperty<TrialTally> byModality = new SimpleObjectProperty<>(TrialTally.EMPTY);
    private final ObjectProperty<TrialTally> byPhase = new SimpleObjectProperty<>(TrialTally.EMPTY);
    private final ObjectProperty<ClassifiedTrial> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<TrialSource> selectedSource = new SimpleObjectProperty<>();

    public StringProperty headlineProperty() {
        return headline;
    }

    public StringProperty hintProperty() {
        return hint;
    }

    /** True once the first load finished, so the empty state is not shown while loading. */
    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public ObservableList<ClassifiedTrial> trials() {
        return trials;
    }

    /** The trials the filters keep, in stored order. */
    public ObservableList<ClassifiedTrial> shownTrials() {
        return shownTrials;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty modalityProperty() {
        return modality;
    }

    /** A Confidence name, or empty for any. */
    public StringProperty confidenceProperty() {
        return confidence;
    }

    public List<String> confidenceChoices() {
        List<String> choices = new ArrayList<>(List.of(""));
        for (Confidence level : Confidence.values()) {
            choices.add(level.name());
        }
        return choices;
    }

    public StringProperty phaseProperty() {
        return phase;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty funderTypeProperty() {
        return funderType;
    }

    /** A register the trial is registered in (primary or "also registered as"); empty for any. */
    public StringProperty registryProperty() {
        return registry;
    }

    /** 0 for any year. */
    public IntegerProperty startYearProperty() {
        return startYear;
    }

    public StringProperty textProperty() {
        return text;
    }

    public TrialFilter filter() {
        return new TrialFilter(country.get(), modality.get(), confidence.get(), phase.get(), status.get(), funderType.get(),
                startYear.get(), text.get(), registry.get());
    }

    public ObservableList<String> countryChoices() {
        return countryChoices;
    }

    public ObservableList<String> modalityChoices() {
        return modalityChoices;
    }

    public ObservableList<String> phaseChoices() {
        return phaseChoices;
    }

    public ObservableList<String> statusChoices() {
        return statusChoices;
    }

    public ObservableList<String> funderTypeChoices() {
        return funderTypeChoices;
    }

    public ObservableList<String> registryChoices() {
        return registryChoices;
    }

    /** Where the trials come from: the registry sources with their export and import dates, and WHO's terms. */
    public StringProperty sourcesProperty() {
        return sources;
    }

    /** What the last export did, or why it failed; empty when there is nothing to say. */
    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<Integer> startYearChoices() {
        return startYearChoices;
    }

    public StringProperty shownCountProperty() {
        return shownCount;
    }

    public ObjectProperty<TrialTally> byModalityProperty() {
        return byModality;
    }

    public ObjectProperty<TrialTally> byPhaseProperty() {
        return byPhase;
    }

    public ObjectProperty<ClassifiedTrial> selectedProperty() {
        return selected;
    }

    /** Where the selected trial came from; null until loaded. */
    public ObjectProperty<TrialSource> selectedSourceProperty() {
        return selectedSource;
    }
}
