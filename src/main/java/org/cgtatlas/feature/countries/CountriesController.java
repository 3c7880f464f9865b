package org.cgtatlas.feature.countries;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.cgtatlas.core.DataRevision;
import java.time.Duration;
import org.cgtatlas.core.concurrent.Lane;
import org.cgtatlas.core.concurrent.LatestTaskScheduler;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.core.settings.SettingsStore;
import org.cgtatlas.data.RecordHistory;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.RecordChange;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.LandscapeCache;
import org.cgtatlas.landscape.countries.ComparisonRowKind;
import org.cgtatlas.landscape.countries.CountryComparison;
import org.cgtatlas.landscape.countries.CountryProfile;
import org.cgtatlas.ui.navigation.Navigator;

/** Loads the comparison in the background, keeps the layout in the settings, and opens sources and drill-downs. */
public final class CountriesController {

    private final CountriesModel model;
    private final TaskExecutor tasks;
    private final LandscapeCache landscape;
    private final SettingsStore settings;
    private final Navigator navigator;
    private final RecordHistory history;
    private final LatestTaskScheduler<Loaded> loads;

    public CountriesController(CountriesModel model, TaskExecutor tasks, LandscapeCache landscape, SettingsStore settings,
                               Navigator navigator, RecordHistory history) {
        this.model = model;
        this.tasks = tasks;
        this.landscape = landscape;
        this.settings = settings;
        this.navigator = navigator;
        this.history = history;
        this.loads = new LatestTaskScheduler<>(tasks, Lane.DATABASE, Duration.ZERO);
        model.layoutProperty().set(ComparisonLayout.restore(settings));
        model.selectedCountryProperty().addListener((observable, before, code) -> updateProfile());
    }

    /** Reloads whenever stored data changes. */
    public void follow(DataRevision revision) {
        revision.revisionProperty().addListener((observable, before, now) -> refresh());
    }

    public void refresh() {
        loads.schedule(Messages.get("countries.loading"), progress -> {
            Landscape data = landscape.current();
            return new Loaded(data, CountryComparison.of(data));
        }, loaded -> show(loaded.data(), loaded.comparison()));
    }

    /** Puts a loaded snapshot and its comparison on screen; runs on the FX thread. */
    void show(Landscape data, CountryComparison comparison) {
        model.dataProperty().set(data);
        model.comparisonProperty().set(comparison);
        model.emptyProperty().set(comparison.countries().isEmpty());
        updateVisibleRows();
        String selected = model.selectedCountryProperty().get();
        if (selected == null || comparison.country(selected).isEmpty()) {
            model.selectedCountryProperty().set(comparison.countries().isEmpty() ? null : comparison.countries().get(0).code());
        }
        updateProfile();
    }

    public void selectCountry(String countryCode) {
        model.selectedCountryProperty().set(countryCode);
    }

    public void chooseRows(List<ComparisonRowKind> order, Set<ComparisonRowKind> hidden) {
        applyLayout(model.layoutProperty().get().withRows(order, hidden));
    }

    public void showColumn(String countryCode, boolean shown) {
        applyLayout(model.layoutProperty().get().withColumnShown(countryCode, shown));
    }

    public void showSource(Citation citation) {
        navigator.showSource(citation);
    }

    public void openPipeline(String countryCode, Modality modality) {
        navigator.showPipeline(countryCode, modality);
    }

    public void openTimeline(String countryCode) {
        navigator.showTimeline(countryCode);
    }

    /** Reads the logged changes of a reported figure and hands them to {@code show}. */
    public void openMetricHistory(String metricId, Consumer<List<RecordChange>> show) {
        tasks.task(Messages.get("history.loading"), progress -> history.of(RecordKind.METRIC, metricId))
                .onSuccess(show::accept).start();
    }

    private void applyLayout(ComparisonLayout layout) {
        model.layoutProperty().set(layout);
        layout.remember(settings);
        tasks.submit(settings::save);
        updateVisibleRows();
    }

    private void updateVisibleRows() {
        CountryComparison comparison = model.comparisonProperty().get();
        model.visibleRows().setAll(comparison == null ? List.of() : model.layoutProperty().get().visibleRows(comparison));
    }

    private void updateProfile() {
        Landscape data = model.dataProperty().get();
        CountryComparison comparison = model.comparisonProperty().get();
        String code = model.selectedCountryProperty().get();
        model.profileProperty().set(data == null || comparison == null || code == null ? null
                : comparison.country(code).map(country -> CountryProfile.of(data, country)).orElse(null));
    }

    private record Loaded(Landscape data, CountryComparison comparison) {
    }
}
