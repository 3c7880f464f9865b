package org.cgtatlas.feature.trials;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.Observable;
import org.cgtatlas.core.concurrent.TaskRunner;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.ingest.clinicaltrials.ImportSummaryText;

/** Loads the imported trials, applies the filters, tallies the charts and opens a trial's registry page. */
public final class TrialsController {

    /** The region the charts compare. */
    public static final List<String> REGION = ImportSummaryText.REGION;

    private final TrialsModel model;
    private final TaskRunner tasks;
    private final TrialRepository repository;
    private final Consumer<String> openUrl;
    private final AtomicLong selection = new AtomicLong();

    public TrialsController(TrialsModel model, TaskRunner tasks, TrialRepository repository, Consumer<String> openUrl) {
        this.model = model;
        this.tasks = tasks;
        this.repository = repository;
        this.openUrl = openUrl;
        model.headlineProperty().set(Messages.get("trials.empty.headline"));
        model.hintProperty().set(Messages.get("trials.empty.hint"));
        for (Observable filter : List.of(model.countryProperty(), model.modalityProperty(), model.confidenceProperty(),
                model.phaseProperty(),
                model.statusProperty(), model.funderTypeProperty(), model.startYearProperty(), model.textProperty())) {
            filter.addListener(changed -> applyFilter());
        }
        model.selectedProperty().addListener((observable, before, trial) -> loadSource(trial));
    }

    /** Reloads every trial in the background; call it when the stored data changed. */
    public void refresh() {
        tasks.task(Messages.get("trials.loading"), progress -> repository.findAll())
                .onSuccess(this::show)
                .start();
    }

    private void show(List<ClassifiedTrial> trials) {
        model.trials().setAll(trials);
        fillChoices(trials);
        applyFilter();
        model.loadedProperty().set(true);
    }

    private void fillChoices(List<ClassifiedTrial> trials) {
        Set<String> countries = new TreeSet<>(regionFirst());
        Set<String> phases = new TreeSet<>();
        Set<String> statuses = new TreeSet<>();
        Set<String> funderTypes = new TreeSet<>();
        Set<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        for (ClassifiedTrial classified : trials) {
            Trial trial = classified.trial();
            countries.addAll(trial.countryCodes());
            phases.addAll(trial.phases());
            addIfGiven(statuses, trial.status());
            addIfGiven(funderTypes, trial.funderType());
            if (trial.startDate() != null) {
                years.add(trial.startDate().year());
            }
        }
        model.countryChoices().setAll(withAny(countries));
        List<String> modalities = new ArrayList<>(List.of("", TrialFilter.ALL_CGT));
        for (Modality modality : Modality.values()) {
            modalities.add(modality.name());
        }
        modalities.add(TrialFilter.NOT_CGT);
        model.modalityChoices().setAll(modalities);
        model.phaseChoices().setAll(withAny(phases));
        model.statusChoices().setAll(withAny(statuses));
        model.funderTypeChoices().setAll(withAny(funderTypes));
        List<Integer> yearChoices = new ArrayList<>(List.of(0));
        yearChoices.addAll(years);
        model.startYearChoices().setAll(yearChoices);
    }

    private static Comparator<String> regionFirst() {
        return Comparator.comparing((String code) -> !REGION.contains(code)).thenComparing(Comparator.naturalOrder());
    }

    private static void addIfGiven(Set<String> values, String value) {
        if (!value.isEmpty()) {
            values.add(value);
        }
    }

    private static List<String> withAny(Set<String> values) {
        List<String> choices = new ArrayList<>();
        choices.add("");
        choices.addAll(values);
        return choices;
    }

    private void applyFilter() {
        TrialFilter filter = model.filter();
        model.shownTrials().setPredicate(filter::matches);
        List<ClassifiedTrial> shown = List.copyOf(model.shownTrials());
        model.shownCountProperty().set(Messages.get("trials.count", shown.size(), model.trials().size()));
        model.byModalityProperty().set(TrialTally.of(shown, REGION, trial -> trial.classification().modality().label()));
        model.byPhaseProperty().set(TrialTally.of(shown, REGION, trial -> TrialLabels.phases(trial.trial().phases())));
    }

    public void clearFilters() {
        model.countryProperty().set("");
        model.modalityProperty().set("");
        model.confidenceProperty().set("");
        model.phaseProperty().set("");
        model.statusProperty().set("");
        model.funderTypeProperty().set("");
        model.startYearProperty().set(0);
        model.textProperty().set("");
    }

    /** Loads where the selected trial came from; an answer for an earlier selection is dropped. */
    private void loadSource(ClassifiedTrial trial) {
        long generation = selection.incrementAndGet();
        model.selectedSourceProperty().set(null);
        if (trial == null) {
            return;
        }
        String nctId = trial.trial().nctId();
        tasks.task(Messages.get("trials.loading"), progress -> repository.source(nctId))
                .onSuccess(source -> {
                    if (generation == selection.get()) {
                        model.selectedSourceProperty().set(source.orElse(null));
                    }
                })
                .start();
    }

    public void openInRegistry(ClassifiedTrial trial) {
        openUrl.accept(trial.trial().registryUrl());
    }
}
