package org.cgtatlas.feature.timeline;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.Lane;
import org.cgtatlas.core.concurrent.LatestTaskScheduler;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.core.error.ErrorWording;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.data.EventRepository;
import org.cgtatlas.data.RecordHistory;
import org.cgtatlas.data.OrganizationRepository;
import org.cgtatlas.domain.AnalystSource;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.RecordChange;
import org.cgtatlas.domain.RecordIds;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.ui.navigation.Navigator;
import org.cgtatlas.ui.navigation.ScreenId;
import org.cgtatlas.ui.navigation.SearchHit;
import org.cgtatlas.ui.navigation.SearchProvider;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.LandscapeCache;
import org.cgtatlas.landscape.timeline.CountryPair;
import org.cgtatlas.landscape.timeline.CrossBorderMatrix;
import org.cgtatlas.landscape.timeline.EventCountries;
import org.cgtatlas.ui.history.ChangeTimes;
import org.cgtatlas.ui.organization.OrganizationDraft;
import org.cgtatlas.ui.organization.OrganizationSaver;
import org.cgtatlas.ui.timeline.TimelineItem;
import org.cgtatlas.ui.timeline.TimelineLane;
import org.cgtatlas.ui.navigation.Navigator;
import org.cgtatlas.ui.navigation.ScreenId;
import org.cgtatlas.ui.navigation.SearchHit;

/** Loads the events, applies the filter, and saves, deletes and restores events for the Timeline screen. */
public final class TimelineController {

    private final TimelineModel model;
    private final TaskExecutor tasks;
    private final LandscapeCache landscape;
    private final EventRepository events;
    private final OrganizationSaver organizationSaver;
    private final DataRevision dataRevision;
    private final Navigator navigator;
    private final Deque<Undo> removals = new ArrayDeque<>();
    private final RecordHistory history;

    /** A delete or a revert of this session that Ctrl+Z takes back; {@code takeBack} returns the event to show, or null. */
    private record Undo(String title, Supplier<CollaborationEvent> takeBack) {
    }
    private final LatestTaskScheduler<Landscape> loads;
    private final LatestTaskScheduler<Filtered> filterings;
    private boolean opened;
    private boolean filtering = true;
    private String pendingSelection;
    private SearchTexts searchTexts = new SearchTexts(EventCountries.of(Landscape.EMPTY));

    public TimelineController(TimelineModel model, TaskExecutor tasks, LandscapeCache landscape, EventRepository events,
                              OrganizationRepository organizations, DataRevision dataRevision, Navigator navigator,
                              RecordHistory history) {
        this.model = model;
        this.history = history;
        this.tasks = tasks;
        this.landscape = landscape;
        this.events = events;
        this.organizationSaver = new OrganizationSaver(organizations, tasks);
        this.dataRevision = dataRevision;
        this.navigator = navigator;
        this.loads = new LatestTaskScheduler<>(tasks, Lane.DATABASE, Duration.ZERO);
        this.filterings = new LatestTaskScheduler<>(tasks, Lane.COMPUTE, Duration.ZERO);
        for (Observable criterion : new Observable[] {model.typeFilterProperty(), model.countryFilterProperty(),
                model.organizationFilterProperty(), model.fromYearProperty(), model.toYearProperty(),
                model.textProperty(), model.pairFilterProperty(), model.laneModeProperty()}) {
            criterion.addListener(observable -> applyFilter());
        }
        dataRevision.revisionProperty().addListener(observable -> {
            if (opened) {
                refresh();
            }
        });
        dataRevision.replacementProperty().addListener(observable -> {
            removals.clear();
            model.canUndoProperty().set(false);
            model.noticeProperty().set("");
        });
    }

    /**
     * Shows the events, organizations and countries of the current snapshot (read in the background); only the
     * newest load is shown. After the first call (when the screen opens), every change of stored data reloads too.
     */
    public void refresh() {
        opened = true;
        loads.schedule(Messages.get("timeline.loading"), progress -> landscape.current(), this::show);
    }

    private void show(Landscape loaded) {
        model.snapshotProperty().set(loaded);
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
     * Adds an organization the event form's party list lacks. Once it is stored, {@code onSaved} gets it (the form
     * ticks it as a party) and every screen reloads; on failure {@code onFailed} gets the reason.
     */
    public void addOrganization(OrganizationDraft draft, Consumer<Organization> onSaved, Consumer<String> onFailed) {
        organizationSaver.save(draft, null, saved -> {
            onSaved.accept(saved);
            dataRevision.changed();
        }, onFailed);
    }

    /**
     * What the global search looks through among the events, read on the database thread from the current snapshot:
     * title, description, place or a party's name contains the query (ignoring case and accents). Opening a hit shows
     * the event on the Timeline screen. Each event's text is folded once per data revision, at its first search.
     */
    public SearchProvider searchable() {
        Landscape snapshot = landscape.current();
        EventCountries lookup = EventCountries.of(snapshot);
        SearchTexts texts = new SearchTexts(lookup);
        return (query, limit) -> new EventFilter(null, null, null, null, null, query, null).apply(snapshot.events(), lookup, texts)
                .stream().limit(limit)
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
        EventCountries lookup = model.lookupProperty().get();
        Organization organization = model.organizationFilterProperty().get();
        EventFilter filter = new EventFilter(model.typeFilterProperty().get(), model.countryFilterProperty().get(),
                organization == null ? null : organization.id(), model.fromYearProperty().get(),
                model.toYearProperty().get(), model.textProperty().get(), null);
        CountryPair pair = model.pairFilterProperty().get();
        LaneMode laneMode = model.laneModeProperty().get();
        List<CollaborationEvent> events = List.copyOf(model.events());
        List<Country> countries = List.copyOf(model.countries());
        SearchTexts texts = searchTexts;
        filterings.schedule(Messages.get("timeline.filtering"), progress -> {
            List<CollaborationEvent> withoutPair = filter.apply(events, lookup, texts);
            List<CollaborationEvent> shown = pair == null ? withoutPair : filter.withPair(pair).apply(withoutPair, lookup, texts);
            TimelineItems items = new TimelineItems(lookup, code -> countryName(countries, code));
            long undated = shown.stream().filter(event -> event.date() == null).count();
            String summary = shown.isEmpty() && !events.isEmpty() ? Messages.get("timeline.summary.none", events.size())
                    : Messages.get("timeline.summary", shown.size(), events.size(), undated);
            return new Filtered(CrossBorderMatrix.count(withoutPair, lookup), items.lanes(events, laneMode),
                    items.items(shown, laneMode), shown, summary);
        }, this::showFiltered);
    }

    private record Filtered(CrossBorderMatrix matrix, List<TimelineLane> lanes, List<TimelineItem> items,
                            List<CollaborationEvent> shown, String summary) {
    }

    private void showFiltered(Filtered filtered) {
        CollaborationEvent selected = model.selectedProperty().get();
        model.matrixProperty().set(filtered.matrix());
        model.lanes().setAll(filtered.lanes());
        model.items().setAll(filtered.items());
        model.shown().setAll(filtered.shown());
        model.summaryProperty().set(filtered.summary());
        // Replacing the lists may clear the selection on the way (a control drops an item it no longer shows).
        if (selected != null) {
            model.selectedProperty().set(filtered.shown().stream().filter(event -> event.id().equals(selected.id()))
                    .findFirst().orElse(null));
        }
    }

    String countryName(String code) {
        return countryName(model.countries(), code);
    }

    private static String countryName(List<Country> countries, String code) {
        return countries.stream().filter(country -> country.code().equals(code)).map(Country::name).findFirst().orElse(code);
    }

    public void select(CollaborationEvent event) {
        model.selectedProperty().set(event);
    }

    public void showSource(Citation citation) {
        navigator.showSource(citation);
    }

    public void showAnalystSource(AnalystSource source) {
        navigator.showAnalystSource(source);
    }

    /**
     * Saves the draft as a new event ({@code original} null) or as an edit of {@code original}, with the analyst's
     * sources for it, in one transaction. On failure nothing is written and {@code onError} gets the message, so the
     * form stays open.
     */
    void save(EventDraft draft, List<AnalystSource> sources, CollaborationEvent original, Runnable onSaved,
              Consumer<String> onError) {
        CollaborationEvent event = draft.toEvent(original, RecordIds.currentUser()).withAnalystSources(sources);
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
                    removals.push(new Undo(removal.event().title(), () -> {
                        events.restore(removal);
                        return removal.event();
                    }));
                    model.canUndoProperty().set(true);
                    model.selectedProperty().set(null);
                    removeLocally(removal.event().id());
                    model.noticeProperty().set(Messages.get("timeline.deleted", removal.event().title()));
                    dataRevision.changed();
                }).start();
    }

    /** Restores the most recently deleted event, if any. */
    public void undoDelete() {
        Undo removal = removals.poll();
        if (removal == null) {
            return;
        }
        model.canUndoProperty().set(!removals.isEmpty());
        tasks.task(Messages.get("timeline.restoring"), progress -> removal.takeBack().get()).onSuccess(restored -> {
            if (restored != null) {
                putLocally(restored);
                model.selectedProperty().set(restored);
            }
            model.noticeProperty().set(Messages.get("timeline.restored", removal.title()));
            dataRevision.changed();
        }).onError(error -> {
            removals.push(removal);
            model.canUndoProperty().set(true);
            model.noticeProperty().set(Messages.get("timeline.form.error.save", ErrorWording.forUser(error)));
        }).start();
    }

    /** Reads the event's logged changes in the background and hands them to {@code show}. */
    public void openHistory(String eventId, Consumer<List<RecordChange>> show) {
        tasks.task(Messages.get("history.loading"), progress -> history.of(RecordKind.EVENT, eventId))
                .onSuccess(show::accept).start();
    }

    public boolean canRevertTo(RecordChange version) {
        return history.canRevertTo(version);
    }

    /** Writes the event back as {@code version} left it; Ctrl+Z takes the revert back during this session. */
    public void revert(RecordChange version, String title) {
        tasks.task(Messages.get("history.revert"), progress -> history.revert(version)).onSuccess(reverted -> {
            removals.push(new Undo(title, () -> {
                reverted.undo().run();
                return null;
            }));
            model.canUndoProperty().set(true);
            pendingSelection = version.recordId();
            model.noticeProperty().set(Messages.get("history.reverted", title, ChangeTimes.of(version)));
            dataRevision.changed();
        }).onError(error -> model.noticeProperty().set(Messages.get("history.revert.failed", ErrorWording.forUser(error))))
                .start();
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
