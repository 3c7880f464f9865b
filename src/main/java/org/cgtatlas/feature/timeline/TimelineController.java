package org.cgtatlas.feature.timeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.Observable;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.TaskRunner;
import org.cgtatlas.core.error.ErrorWording;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.data.EventRemoval;
import org.cgtatlas.data.EventRepository;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.RecordIds;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.LandscapeCache;
import org.cgtatlas.landscape.timeline.CountryPair;
import org.cgtatlas.landscape.timeline.CrossBorderMatrix;
import org.cgtatlas.landscape.timeline.EventCountries;
import org.cgtatlas.ui.navigation.Navigator;
import org.cgtatlas.ui.navigation.ScreenId;
import org.cgtatlas.ui.navigation.SearchHit;

/** Loads the events, applies the filter, and saves, deletes and restores events for the Timeline screen. */
public final class TimelineController {

    private final TimelineModel model;
    private final TaskRunner tasks;
    private final LandscapeCache landscape;
    private final EventRepository events;
    private final DataRevision dataRevision;
    private final Navigator navigator;
    private final Deque<EventRemoval> removals = new ArrayDeque<>();
    private final AtomicLong loadGeneration = new AtomicLong();
    private boolean filtering = true;
    private String pendingSelection;
    private SearchTexts searchTexts = new SearchTexts(EventCountries.of(Landscape.EMPTY));

    public TimelineController(TimelineModel model, TaskRunner tasks, LandscapeCache landscape, EventRepository events,
                              DataRevision dataRevision, Navigator navigator) {
        this.model = model;
        this.tasks = tasks;
        this.landscape = landscape;
        this.events = events;
        this.dataRevision = dataRevision;
        this.navigator = navigator;
        for (Observable criterion : new Observable[] {model.typeFilterProperty(), model.countryFilterProperty(),
                model.organizationFilterProperty(), model.fromYearProperty(), model.toYearProperty(),
                model.textProperty(), model.pairFilterProperty(), model.laneModeProperty()}) {
            criterion.addListener(observable -> applyFilter());
        }
        dataRevision.revisionProperty().addListener(observable -> {
            if (loadGeneration.get() > 0) {
                refresh();
            }
        });
    }

    /**
     * Shows the events, organizations and countries of the current snapshot (read in the background); only the
     * newest load is shown. After the first call (when the screen opens), every change of stored data reloads too.
     */
    public void refresh() {
        long generation = loadGeneration.incrementAndGet();
        tasks.task(Messages.get("timeline.loading"), progress -> landscape.current())
                .onSuccess(loaded -> {
                    if (generation == loadGeneration.get()) {
                        show(loaded);
                    }
                }).start();
    }

    private void show(Landscape loaded) {
        model.lookupProperty().set(EventCountries.of(loaded));
        searchTexts = new SearchTexts(model.lookupProperty().get());
        model.organizations().setAll(loaded.organizations());
        model.countries().setAll(loaded.countries());
        model.events().setAll(loaded.events());
        applyFilter();
        model.loadedProperty().set(true);
        if (pendingSelection != null) {
            selectById(pendingSelection);
            pendingSelection = null;
        }
    }

    /**
     * The global search's events: title, description, place or a party's name contains the query (ignoring case
     * and accents). Runs on the background thread; opening a hit shows the event on the Timeline screen.
     */
    public List<SearchHit> search(String query, int limit) {
        Landscape snapshot = landscape.current();
        EventFilter byText = new EventFilter(null, null, null, null, null, query, null);
        return byText.apply(snapshot.events(), EventCountries.of(snapshot)).stream().limit(limit)
                .map(event -> new SearchHit(event.title(), Messages.get("timeline.search.detail",
                        event.date() == null ? Messages.get("timeline.undated") : event.date().iso(),
                        event.type() == null ? "" : event.type().label()), ScreenId.TIMELINE, () -> showEvent(event.id())))
                .toList();
    }

    /** Shows the Timeline screen with every event and this one selected (once loaded). */
    public void showEvent(String id) {
        clearFilters();
        navigator.show(ScreenId.TIMELINE);
        if (model.loadedProperty().get()) {
            selectById(id);
        } else {
            pendingSelection = id;
        }
    }

    private void selectById(String id) {
        model.events().stream().filter(event -> event.id().equals(id)).findFirst().ifPresent(this::select);
    }

    /**
     * Shows the Timeline screen with only the events of one country and/or one type; either may be null for
     * "any". Other criteria (organization, years, text, matrix cell) are cleared. For other screens, e.g. a
     * country's "Show collaborations" or a dashboard tile: {@code timeline.showFiltered("TW", null)}.
     */
    public void showFiltered(String countryCode, EventType type) {
        changeFilter(() -> {
            clearCriteria();
            model.countryFilterProperty().set(countryCode);
            model.typeFilterProperty().set(type);
        });
        navigator.show(ScreenId.TIMELINE);
    }

    /** Keeps the events counted in one cell of the cross-border matrix. */
    public void filterByCountries(String first, String second) {
        model.pairFilterProperty().set(CountryPair.of(first, second));
    }

    public void clearFilters() {
        changeFilter(this::clearCriteria);
    }

    private void clearCriteria() {
        model.typeFilterProperty().set(null);
        model.countryFilterProperty().set(null);
        model.organizationFilterProperty().set(null);
        model.fromYearProperty().set(null);
        model.toYearProperty().set(null);
        model.textProperty().set("");
        model.pairFilterProperty().set(null);
    }

    /** Changes several criteria and filters once, not once per criterion. */
    private void changeFilter(Runnable change) {
        filtering = false;
        try {
            change.run();
        } finally {
            filtering = true;
        }
        applyFilter();
    }

    private void applyFilter() {
        if (!filtering) {
            return;
        }
        CollaborationEvent selected = model.selectedProperty().get();
        EventCountries lookup = model.lookupProperty().get();
        Organization organization = model.organizationFilterProperty().get();
        EventFilter filter = new EventFilter(model.typeFilterProperty().get(), model.countryFilterProperty().get(),
                organization == null ? null : organization.id(), model.fromYearProperty().get(),
                model.toYearProperty().get(), model.textProperty().get(), null);
        List<CollaborationEvent> withoutPair = filter.apply(model.events(), lookup, searchTexts);
        CountryPair pair = model.pairFilterProperty().get();
        List<CollaborationEvent> shown = pair == null ? withoutPair
                : filter.withPair(pair).apply(withoutPair, lookup, searchTexts);
        TimelineItems items = new TimelineItems(lookup, this::countryName);
        model.matrixProperty().set(CrossBorderMatrix.count(withoutPair, lookup));
        model.lanes().setAll(items.lanes(model.events(), model.laneModeProperty().get()));
        model.items().setAll(items.items(shown, model.laneModeProperty().get()));
        model.shown().setAll(shown);
        long undated = shown.stream().filter(event -> event.date() == null).count();
        model.summaryProperty().set(Messages.get("timeline.summary", shown.size(), model.events().size(), undated));
        // Replacing the lists may clear the selection on the way (a control drops an item it no longer shows).
        if (selected != null) {
            model.selectedProperty().set(shown.stream().filter(event -> event.id().equals(selected.id()))
                    .findFirst().orElse(null));
        }
    }

    String countryName(String code) {
        return model.countries().stream().filter(country -> country.code().equals(code)).map(Country::name)
                .findFirst().orElse(code);
    }

    public void select(CollaborationEvent event) {
        model.selectedProperty().set(event);
    }

    public void showSource(Citation citation) {
        navigator.showSource(citation);
    }

    /**
     * Saves the draft as a new event ({@code original} null) or as an edit of {@code original}, in one transaction.
     * On failure nothing is written and {@code onError} gets the message, so the form stays open.
     */
    void save(EventDraft draft, CollaborationEvent original, Runnable onSaved, Consumer<String> onError) {
        CollaborationEvent event = draft.toEvent(original, RecordIds.currentUser());
        tasks.task(Messages.get("timeline.saving"), progress -> {
            events.save(event);
            return event;
        }).onSuccess(saved -> {
            putLocally(saved);
            model.selectedProperty().set(saved);
            model.noticeProperty().set(Messages.get("timeline.saved", saved.title()));
            onSaved.run();
            dataRevision.changed();
        }).onError(error -> onError.accept(Messages.get("timeline.form.error.save", ErrorWording.forUser(error)))).start();
    }

    /** Deletes the event; Ctrl+Z ({@link #undoDelete}) brings it back during this session. */
    public void delete(CollaborationEvent event) {
        tasks.task(Messages.get("timeline.deleting"), progress -> events.delete(event.id(), RecordIds.currentUser()))
                .onSuccess(removal -> {
                    removals.push(removal);
                    model.canUndoProperty().set(true);
                    model.selectedProperty().set(null);
                    removeLocally(removal.event().id());
                    model.noticeProperty().set(Messages.get("timeline.deleted", removal.event().title()));
                    dataRevision.changed();
                }).start();
    }

    /** Restores the most recently deleted event, if any. */
    public void undoDelete() {
        EventRemoval removal = removals.poll();
        if (removal == null) {
            return;
        }
        model.canUndoProperty().set(!removals.isEmpty());
        tasks.task(Messages.get("timeline.restoring"), progress -> {
            events.restore(removal);
            return removal.event();
        }).onSuccess(restored -> {
            putLocally(restored);
            model.selectedProperty().set(restored);
            model.noticeProperty().set(Messages.get("timeline.restored", restored.title()));
            dataRevision.changed();
        }).onError(error -> {
            removals.push(removal);
            model.canUndoProperty().set(true);
            model.noticeProperty().set(Messages.get("timeline.form.error.save", ErrorWording.forUser(error)));
        }).start();
    }

    /**
     * Shows a saved or restored event at once; the reload that the data change triggers follows when the
     * background thread gets to it (it may be busy with other screens' reloads).
     */
    private void putLocally(CollaborationEvent event) {
        List<CollaborationEvent> events = new ArrayList<>(model.events());
        events.removeIf(stored -> stored.id().equals(event.id()));
        events.add(event);
        model.events().setAll(events);
        applyFilter();
    }

    private void removeLocally(String id) {
        model.events().removeIf(stored -> stored.id().equals(id));
        applyFilter();
    }
}
