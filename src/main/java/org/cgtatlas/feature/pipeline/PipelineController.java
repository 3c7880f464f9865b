package org.cgtatlas.feature.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.Lane;
import org.cgtatlas.core.concurrent.LatestTaskScheduler;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.core.error.ErrorWording;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.core.settings.SettingsStore;
import org.cgtatlas.data.DuplicateProgrammeException;
import org.cgtatlas.data.OrganizationInUseException;
import org.cgtatlas.data.OrganizationRemoval;
import org.cgtatlas.data.OrganizationRepository;
import org.cgtatlas.data.ProgrammeRepository;
import org.cgtatlas.data.RecordHistory;
import org.cgtatlas.domain.AnalystSource;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.RecordChange;
import org.cgtatlas.domain.RecordIds;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.export.csv.PipelineCsv;
import org.cgtatlas.ui.history.ChangeTimes;
import org.cgtatlas.ui.navigation.Navigator;
import org.cgtatlas.ui.navigation.ScreenId;
import org.cgtatlas.ui.navigation.SearchHit;
import org.cgtatlas.ui.navigation.SearchProvider;
import org.cgtatlas.ui.organization.OrganizationDraft;
import org.cgtatlas.ui.organization.OrganizationSaver;
import org.cgtatlas.landscape.pipeline.PipelineCount;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.LandscapeCache;
import org.cgtatlas.landscape.pipeline.PipelineColumn;
import org.cgtatlas.landscape.pipeline.PipelineFilter;
import org.cgtatlas.landscape.pipeline.PipelineRow;
import org.cgtatlas.landscape.pipeline.PipelineRows;
import org.cgtatlas.landscape.pipeline.PipelineSort;
import org.cgtatlas.ui.navigation.Navigator;
import org.cgtatlas.ui.navigation.ScreenId;
import org.cgtatlas.ui.navigation.SearchHit;

/**
 * The Pipeline screen's actions: loading, filtering and sorting the rows (in the background, only the newest request
 * shown), the detail of the selection, saving and deleting programmes and organizations with undo, CSV export, and
 * remembering filters and layout in the settings.
 */
public final class PipelineController {

    private static final Duration TYPING_PAUSE = Duration.ofMillis(150);

    private final PipelineModel model;
    private final LandscapeCache landscape;
    private final ProgrammeRepository programmes;
    private final OrganizationRepository organizations;
    private final OrganizationSaver organizationSaver;
    private final TaskExecutor tasks;
    private final DataRevision dataRevision;
    private final PipelineSettings settings;
    private final Navigator navigator;
    private final LatestTaskScheduler<Loaded> loads;
    private final LatestTaskScheduler<Selection> filtering;
    private final RecordHistory history;
    private final Deque<UndoableChange> undoStack = new ArrayDeque<>();

    private Landscape data = Landscape.EMPTY;
    private List<PipelineRow> builtRows = List.of();
    private List<PipelineRow> sortedRows = List.of();
    private List<PipelineRow> sortedFrom;
    private PipelineSort sortedBy;
    private boolean active;
    private boolean settingFilter;

    public PipelineController(PipelineModel model, LandscapeCache landscape, ProgrammeRepository programmes,
                              OrganizationRepository organizations, TaskExecutor tasks, DataRevision dataRevision,
                              SettingsStore settings, Navigator navigator, RecordHistory history) {
        this.model = model;
        this.history = history;
        this.landscape = landscape;
        this.programmes = programmes;
        this.organizations = organizations;
        this.organizationSaver = new OrganizationSaver(organizations, tasks);
        this.tasks = tasks;
        this.dataRevision = dataRevision;
        this.settings = new PipelineSettings(settings);
        this.navigator = navigator;
        this.loads = new LatestTaskScheduler<>(tasks, Lane.DATABASE, Duration.ZERO);
        this.filtering = new LatestTaskScheduler<>(tasks, Lane.COMPUTE, Duration.ZERO);
        restoreSettings();
        model.countryFilterProperty().addListener((observable, before, value) -> filterChanged());
        model.modalityFilterProperty().addListener((observable, before, value) -> filterChanged());
        model.stageFilterProperty().addListener((observable, before, value) -> filterChanged());
        model.organizationTypeFilterProperty().addListener((observable, before, value) -> filterChanged());
        model.textFilterProperty().addListener((observable, before, value) -> {
            if (!settingFilter) {
                this.settings.rememberFilter(model.filter());
                recompute(TYPING_PAUSE);
            }
        });
        model.selectedProperty().addListener((observable, before, row) -> showDetail(row));
        model.groupingProperty().addListener((observable, before, grouping) -> this.settings.rememberGrouping(grouping));
        model.columnsProperty().addListener((observable, before, columns) -> this.settings.rememberColumns(columns));
        dataRevision.revisionProperty().addListener((observable, before, revision) -> {
            if (active) {
                refresh();
            }
        });
        dataRevision.replacementProperty().addListener(observable -> {
            undoStack.clear();
            updateUndo();
            model.messageProperty().set("");
        });
    }

    private void restoreSettings() {
        settingFilter = true;
        model.setFilter(settings.filter());
        settingFilter = false;
        model.sortProperty().set(settings.sort());
        model.columnsProperty().set(settings.columns());
        model.groupingProperty().set(settings.grouping());
    }

    /** Loads every programme and listed company in the background, then shows them filtered and sorted. */
    public void refresh() {
        active = true;
        loads.schedule(Messages.get("pipeline.loading"), progress -> {
            Landscape loaded = landscape.current();
            return new Loaded(loaded, PipelineRows.of(loaded));
        }, loaded -> show(loaded.data(), loaded.rows()));
    }

    /** Puts a loaded snapshot and its rows on screen, filtered and sorted; runs on the UI thread. */
    void show(Landscape loaded, List<PipelineRow> rows) {
        data = loaded;
        builtRows = rows;
        model.totalCountProperty().set(builtRows.size());
        model.totalProperty().set(PipelineCount.of(builtRows));
        model.countries().setAll(data.countries());
        model.organizations().setAll(data.organizations().stream()
                .sorted(Comparator.comparing(Organization::name, String.CASE_INSENSITIVE_ORDER)).toList());
        recompute();
    }

    /**
     * Shows the pipeline of one country and/or one modality: replaces every filter of the screen with just these
     * (either may be null for "any"), clearing the stage, organization type and text filters. Other screens
     * (Countries, Dashboard) call this through the wiring and then navigate with
     * {@code navigator.show(ScreenId.PIPELINE)}.
     *
     * @param countryCode an ISO 3166-1 alpha-2 code such as "KR", or null for every country
     * @param modality    a modality, or null for every modality
     */
    public void showFiltered(String countryCode, Modality modality) {
        setFilter(new PipelineFilter(countryCode, modality, null, null, ""));
    }

    /** Replaces all filters at once (one recomputation, not one per filter). */
    public void setFilter(PipelineFilter filter) {
        settingFilter = true;
        try {
            model.setFilter(filter);
        } finally {
            settingFilter = false;
        }
        filterChanged();
    }

    public void clearFilters() {
        setFilter(PipelineFilter.NONE);
    }

    /** Sorts by the given keys (the table's sort order); nothing happens when the sort is unchanged. */
    public void sortBy(PipelineSort sort) {
        if (sort.equals(model.sortProperty().get())) {
            return;
        }
        model.sortProperty().set(sort);
        settings.rememberSort(sort);
        recompute();
    }

    private void filterChanged() {
        if (settingFilter) {
            return;
        }
        settings.rememberFilter(model.filter());
        recompute(Duration.ZERO);
    }

    private void recompute() {
        recompute(Duration.ZERO);
    }

    /**
     * Filters (and re-sorts, when the sort or the data changed since the last sort) on the compute pool, after the
     * pause; a result arrives as one {@code setAll} and only if no newer request was made meanwhile.
     */
    private void recompute(Duration pause) {
        PipelineFilter filter = model.filter();
        PipelineSort sort = model.sortProperty().get();
        List<PipelineRow> from = builtRows;
        boolean resort = sortedFrom != from || !sort.equals(sortedBy);
        List<PipelineRow> base = resort ? from : sortedRows;
        filtering.schedule(pause, Messages.get("pipeline.filtering"), progress -> {
            List<PipelineRow> ordered = resort ? sort.apply(base) : base;
            return new Selection(ordered, filter.apply(ordered));
        }, selection -> {
            sortedRows = selection.ordered();
            sortedFrom = from;
            sortedBy = sort;
            model.rows().setAll(selection.visible());
        });
    }

    private void showDetail(PipelineRow row) {
        if (row == null) {
            model.detailProperty().set(null);
            return;
        }
        model.detailProperty().set(PipelineDetail.of(row, data));
    }

    /**
     * What the global search looks through among the programmes and listed companies, read on the database thread
     * from the current snapshot: rows containing every word of the query, as the text filter matches them.
     */
    public SearchProvider searchable() {
        List<PipelineRow> rows = PipelineRows.of(landscape.current());
        return (query, limit) -> PipelineFilter.NONE.withText(query).apply(rows).stream().limit(limit).map(this::searchHit).toList();
    }

    private SearchHit searchHit(PipelineRow row) {
        String title = row.isListing() ? row.company() : row.programmeName();
        String detail = row.isListing() ? Messages.get("pipeline.search.company", row.country())
                : Messages.get("pipeline.search.programme", row.company(), row.country());
        return new SearchHit(title, detail, ScreenId.PIPELINE, () -> reveal(row));
    }

    /** Opens the Pipeline screen on the row: the filters are cleared so that it is shown, and it is selected. */
    private void reveal(PipelineRow row) {
        model.selectedIdProperty().set(row.id());
        setFilter(PipelineFilter.NONE);
        navigator.show(ScreenId.PIPELINE);
    }

    /** Selects another programme (from the detail pane); the filters are cleared only if they hide it. */
    public void showProgramme(String programmeId) {
        model.selectedIdProperty().set(programmeId);
        if (model.rows().stream().anyMatch(row -> row.id().equals(programmeId))) {
            recompute();
        } else {
            setFilter(PipelineFilter.NONE);
        }
    }

    /** Opens the Sources screen at the cited passage. */
    public void showSource(Citation citation) {
        navigator.showSource(citation);
    }

    public void showAnalystSource(AnalystSource source) {
        navigator.showAnalystSource(source);
    }

    public void rememberColumns(ColumnLayout layout) {
        model.columnsProperty().set(layout);
    }

    /** True when the programme's company already has another programme of that name. */
    public boolean isDuplicate(ProgrammeDraft draft, Programme existing) {
        return PipelineEdits.isDuplicate(draft, existing, data.programmes());
    }

    /**
     * Saves a new ({@code existing} null) or changed programme in one transaction. On success {@code onSaved} runs
     * and every screen reloads; on failure {@code onFailed} gets the reason and nothing has been written.
     */
    /** Saves the form's programme with the analyst's sources for it (none: it shows as "no source given"). */
    public void saveProgramme(ProgrammeDraft draft, List<AnalystSource> sources, Programme existing, Runnable onSaved,
                              Consumer<String> onFailed) {
        List<String> problems = PipelineEdits.problems(draft, existing, data.programmes(), data.organizations());
        if (!problems.isEmpty()) {
            onFailed.accept(String.join(" ", problems));
            return;
        }
        Programme programme = PipelineEdits.toProgramme(draft, existing, RecordIds.currentUser()).withAnalystSources(sources);
        tasks.task(Messages.get("pipeline.form.saving"), progress -> {
            programmes.save(programme);
            return programme;
        }).onSuccess(saved -> saved(saved.id(), saved.name(), onSaved)).onError(error -> onFailed.accept(
                error instanceof DuplicateProgrammeException
                        ? PipelineEdits.duplicateMessage(programme.organizationId(), programme.name(), data.organizations())
                        : Messages.get("pipeline.save.failed", ErrorWording.forUser(error)))).start();
    }

    public void saveOrganization(OrganizationDraft draft, Organization existing, Runnable onSaved, Consumer<String> onFailed) {
        PipelineRow selected = model.selectedProperty().get();
        String keepSelected = selected == null ? null : selected.id();
        organizationSaver.save(draft, existing, saved -> saved(keepSelected, saved.name(), onSaved), onFailed);
    }

    private void saved(String selectId, String name, Runnable onSaved) {
        if (selectId != null) {
            model.selectedIdProperty().set(selectId);
        }
        model.messageProperty().set(Messages.get("pipeline.saved", name));
        onSaved.run();
        dataRevision.changed();
    }

    /** Deletes the programme; Undo brings it back during this session. */
    public void deleteProgramme(Programme programme) {
        tasks.task(Messages.get("pipeline.action.delete"), progress -> {
            programmes.delete(programme);
            return programme;
        }).onSuccess(deleted -> deleted(new UndoableChange(deleted.name(), Messages.get("pipeline.undo.label", deleted.name()), deleted.id(),
                () -> programmes.restore(deleted)))).start();
    }

    /**
     * Deletes an organization that owns no programmes, with its pipeline listings and links, once {@code confirmed}
     * says yes. One that still owns programmes is refused before asking ({@code onRefused} gets the reason) and
     * nothing changes. Undo brings everything back.
     */
    public void deleteOrganization(Organization organization, BooleanSupplier confirmed, Consumer<String> onRefused) {
        long owned = data.programmes().stream().filter(programme -> programme.organizationId().equals(organization.id())).count();
        if (owned > 0) {
            onRefused.accept(Messages.get("pipeline.delete.refused.body", organization.name(), owned));
            return;
        }
        if (!confirmed.getAsBoolean()) {
            return;
        }
        tasks.task(Messages.get("pipeline.action.deleteOrganization"), progress -> organizations.delete(organization))
                .onSuccess(removal -> deleted(new UndoableChange(organization.name(),
                        Messages.get("pipeline.undo.label", organization.name()), firstListingId(removal),
                        () -> organizations.restore(removal))))
                .onError(error -> onRefused.accept(error instanceof OrganizationInUseException inUse
                        ? Messages.get("pipeline.delete.refused.body", organization.name(), inUse.programmeCount())
                        : ErrorWording.forUser(error)))
                .start();
    }

    private static String firstListingId(OrganizationRemoval removal) {
        return removal.listings().isEmpty() ? null : removal.listings().get(0).id();
    }

    private void deleted(UndoableChange delete) {
        undoStack.push(delete);
        updateUndo();
        model.messageProperty().set(Messages.get("pipeline.deleted", delete.name()));
        dataRevision.changed();
    }

    /** Reads the record's logged changes in the background and hands them to {@code show}. */
    public void openHistory(RecordKind kind, String recordId, Consumer<List<RecordChange>> show) {
        tasks.task(Messages.get("history.loading"), progress -> history.of(kind, recordId)).onSuccess(show::accept).start();
    }

    public boolean canRevertTo(RecordChange version) {
        return history.canRevertTo(version);
    }

    /** Writes the record back as {@code version} left it; Undo takes the revert back during this session. */
    public void revert(RecordChange version, String name) {
        tasks.task(Messages.get("history.revert"), progress -> history.revert(version)).onSuccess(reverted -> {
            undoStack.push(new UndoableChange(name, Messages.get("history.undo.label", name), version.recordId(),
                    reverted.undo()));
            updateUndo();
            model.selectedIdProperty().set(version.recordId());
            model.messageProperty().set(Messages.get("history.reverted", name, ChangeTimes.of(version)));
            dataRevision.changed();
        }).onError(error -> model.messageProperty().set(Messages.get("history.revert.failed", ErrorWording.forUser(error))))
                .start();
    }

    /** Takes back the newest delete of this session. */
    public void undo() {
        if (undoStack.isEmpty()) {
            model.messageProperty().set(Messages.get("pipeline.action.undo.nothing"));
            return;
        }
        UndoableChange delete = undoStack.pop();
        updateUndo();
        tasks.task(Messages.get("pipeline.action.undo"), progress -> {
            delete.restore().run();
            return delete;
        }).onSuccess(restored -> {
            if (restored.restoredId() != null) {
                model.selectedIdProperty().set(restored.restoredId());
            }
            model.messageProperty().set(Messages.get("pipeline.restored", restored.name()));
            dataRevision.changed();
        }).onError(error -> {
            undoStack.push(delete);
            updateUndo();
            model.messageProperty().set(Messages.get("pipeline.save.failed", ErrorWording.forUser(error)));
        }).start();
    }

    private void updateUndo() {
        model.canUndoProperty().set(!undoStack.isEmpty());
        model.undoLabelProperty().set(undoStack.isEmpty() ? Messages.get("pipeline.action.undo")
                : undoStack.peek().undoLabel());
    }

    /** Writes the rows shown, in their order, with the given (visible, ordered) columns. */
    public void exportCsv(Path target, List<PipelineColumn> columns) {
        List<PipelineRow> rows = List.copyOf(model.rows());
        tasks.task(Messages.get("pipeline.export.running"), progress -> {
            PipelineCsv.write(target, rows, columns);
            return rows.size();
        }).onSuccess(count -> model.messageProperty().set(Messages.get("pipeline.export.done", count, target))).start();
    }

    private record Loaded(Landscape data, List<PipelineRow> rows) {
    }

    private record Selection(List<PipelineRow> ordered, List<PipelineRow> visible) {
    }
}
