package org.cgtatlas.feature.trials;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.collections.ObservableList;
import org.cgtatlas.core.concurrent.Lane;
import org.cgtatlas.core.concurrent.LatestTaskScheduler;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.core.error.ErrorWording;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.RegistrySource;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.domain.TrialPhases;
import org.cgtatlas.domain.TrialSource;
import org.cgtatlas.export.csv.TrialsCsv;
import org.cgtatlas.ingest.clinicaltrials.ClassificationRulesVersion;
import org.cgtatlas.landscape.LandscapeCache;
import org.cgtatlas.landscape.trials.RegistryProvenance;
import org.cgtatlas.landscape.trials.TrialRow;
import org.cgtatlas.landscape.trials.TrialsExportProvenance;

/** Loads the imported trials, applies the filters, tallies the charts and opens a trial's registry page. */
public final class TrialsController {

    private final TrialsModel model;
    private final TaskExecutor tasks;
    private final TrialRepository repository;
    private final LandscapeCache landscape;
    private List<String> region = List.of();
    private List<RegistrySource> registrySources = List.of();
    private final Consumer<String> openUrl;
    private final LatestTaskScheduler<Shown> filtering;
    private final LatestTaskScheduler<Optional<TrialSource>> sources;
    private boolean clearing;

    /** The charts compare the region of {@code landscape}'s country table. */
    public TrialsController(TrialsModel model, TaskExecutor tasks, TrialRepository repository, LandscapeCache landscape,
                            Consumer<String> openUrl) {
        this.model = model;
        this.tasks = tasks;
        this.repository = repository;
        this.landscape = landscape;
        this.openUrl = openUrl;
        this.filtering = new LatestTaskScheduler<>(tasks, Lane.COMPUTE, Duration.ZERO);
        this.sources = new LatestTaskScheduler<>(tasks, Lane.DATABASE, Duration.ZERO);
        model.headlineProperty().set(Messages.get("trials.empty.headline"));
        model.hintProperty().set(Messages.get("trials.empty.hint"));
        for (Observable filter : List.of(model.countryProperty(), model.modalityProperty(), model.confidenceProperty(),
                model.phaseProperty(), model.statusProperty(), model.funderTypeProperty(), model.startYearProperty(),
                model.textProperty(), model.registryProperty())) {
            filter.addListener(changed -> {
                if (!clearing) {
                    applyFilter();
                }
            });
        }
        model.selectedProperty().addListener((observable, before, trial) -> loadSource(trial));
    }

    /** Reloads every trial in the background; call it when the stored data changed. */
    public void refresh() {
        tasks.task(Messages.get("trials.loading"), progress -> new Loaded(repository.findAll(), landscape.current().region().codes(),
                        landscape.current().registryTrials().sources()))
                .onSuccess(this::show)
                .start();
    }

    record Loaded(List<ClassifiedTrial> trials, List<String> region, List<RegistrySource> sources) {
    }

    /** Puts loaded trials on screen; runs on the UI thread. */
    void show(Loaded loaded) {
        List<ClassifiedTrial> trials = loaded.trials();
        region = loaded.region();
        registrySources = loaded.sources();
        List<String> terms = RegistryProvenance.terms(registrySources);
        model.sourcesProperty().set(registrySources.isEmpty() ? "" : Messages.get("trials.sources",
                RegistryProvenance.text(registrySources)) + (terms.isEmpty() ? "" : " · " + String.join(" · ", terms)));
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
        Set<String> registries = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Set<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        for (ClassifiedTrial classified : trials) {
            Trial trial = classified.trial();
            countries.addAll(trial.countryCodes());
            phases.addAll(trial.phases());
            addIfGiven(statuses, trial.status());
            addIfGiven(funderTypes, trial.funderType());
            registries.addAll(classified.registration().registries());
            if (trial.startDate() != null) {
                years.add(trial.startDate().year());
            }
        }
        replaceIfChanged(model.countryChoices(), withAny(countries));
        List<String> modalities = new ArrayList<>(List.of("", TrialFilter.ALL_CGT));
        for (Modality modality : Modality.values()) {
            modalities.add(modality.name());
        }
        modalities.add(TrialFilter.NOT_CGT);
        replaceIfChanged(model.modalityChoices(), modalities);
        replaceIfChanged(model.phaseChoices(), withAny(phases));
        replaceIfChanged(model.statusChoices(), withAny(statuses));
        replaceIfChanged(model.funderTypeChoices(), withAny(funderTypes));
        replaceIfChanged(model.registryChoices(), withAny(registries));
        List<Integer> yearChoices = new ArrayList<>(List.of(0));
        yearChoices.addAll(years);
        replaceIfChanged(model.startYearChoices(), yearChoices);
    }

    /**
     * Brings the choices up to date by removing and inserting only what changed (both lists are sorted the same way):
     * replacing them all would empty the boxes and drop the chosen filters.
     */
    private static <T> void replaceIfChanged(ObservableList<T> shown, List<T> choices) {
        if (shown.equals(choices)) {
            return;
        }
        shown.retainAll(choices);
        for (int i = 0; i < choices.size(); i++) {
            if (i >= shown.size() || !shown.get(i).equals(choices.get(i))) {
                shown.add(i, choices.get(i));
            }
        }
    }

    private Comparator<String> regionFirst() {
        return Comparator.comparing((String code) -> !region.contains(code)).thenComparing(Comparator.naturalOrder());
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

    /** Filters and tallies on the compute pool; only the newest request's answer is shown. */
    private void applyFilter() {
        TrialFilter filter = model.filter();
        List<ClassifiedTrial> trials = List.copyOf(model.trials());
        List<String> region = this.region;
        filtering.schedule(Messages.get("trials.filtering"), progress -> {
            List<ClassifiedTrial> shown = trials.stream().filter(filter::matches).toList();
            return new Shown(shown, Messages.get("trials.count", shown.size(), trials.size()),
                    TrialTally.of(shown, region, trial -> trial.classification().modality().label()),
                    TrialTally.of(shown, region, trial -> TrialPhases.label(trial.trial().phases())));
        }, shown -> {
            model.shownTrials().setAll(shown.trials());
            model.shownCountProperty().set(shown.count());
            model.byModalityProperty().set(shown.byModality());
            model.byPhaseProperty().set(shown.byPhase());
        });
    }

    private record Shown(List<ClassifiedTrial> trials, String count, TrialTally byModality, TrialTally byPhase) {
    }

    /** Resets every filter to "any" and filters once. */
    public void clearFilters() {
        clearing = true;
        try {
            model.countryProperty().set("");
            model.modalityProperty().set("");
            model.confidenceProperty().set("");
            model.phaseProperty().set("");
            model.statusProperty().set("");
            model.funderTypeProperty().set("");
            model.startYearProperty().set(0);
            model.textProperty().set("");
            model.registryProperty().set("");
        } finally {
            clearing = false;
        }
        applyFilter();
    }

    /** Loads where the selected trial came from; an answer for an earlier selection is dropped. */
    private void loadSource(ClassifiedTrial trial) {
        model.selectedSourceProperty().set(null);
        if (trial == null) {
            sources.cancel();
            return;
        }
        String nctId = trial.trial().nctId();
        sources.schedule(Messages.get("trials.loading"), progress -> repository.source(nctId),
                source -> model.selectedSourceProperty().set(source.orElse(null)));
    }

    public void openInRegistry(ClassifiedTrial trial) {
        openUrl.accept(trial.registration().webAddress());
    }

    /**
     * Writes the trials shown, one row each, as CSV for spreadsheets, with the sources, the filters and the
     * classification rules' version stated above the table.
     */
    public void exportCsv(Path target) {
        List<ClassifiedTrial> shown = List.copyOf(model.shownTrials());
        List<String> provenance = TrialsExportProvenance.lines(registrySources, model.filter().describe(),
                ClassificationRulesVersion.current(), Instant.now(), shown.size());
        tasks.task(Messages.get("trials.export.running"), progress -> {
            TrialsCsv.write(target, TrialRow.of(shown), provenance);
            return shown.size();
        }).onSuccess(count -> model.messageProperty().set(Messages.get("trials.export.done", count, target)))
                .onError(error -> model.messageProperty().set(Messages.get("trials.export.failed", target,
                        ErrorWording.forUser(error))))
                .start();
    }
}
