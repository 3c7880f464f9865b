package org.cgtatlas.feature.shell;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.Lane;
import org.cgtatlas.core.concurrent.LatestTaskScheduler;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.core.settings.SettingsStore;
import org.cgtatlas.ui.Theme;
import org.cgtatlas.ui.navigation.ScreenId;
import org.cgtatlas.ui.navigation.SearchHit;
import org.cgtatlas.ui.navigation.SearchProvider;
import org.cgtatlas.ui.navigation.SearchSource;

/** The main window's actions: navigation, look, zoom, global search, and remembering them between runs. */
public final class MainWindowController {

    static final String KEY_SCREEN = "window.screen";
    public static final String KEY_THEME = "window.theme";
    static final String KEY_ZOOM = "window.zoom";
    private static final double ZOOM_STEP = 0.1;
    private static final int SEARCH_LIMIT = 30;
    /** How long the global search waits after a keystroke for the next one before it runs. */
    public static final Duration TYPING_PAUSE = Duration.ofMillis(150);

    private final MainWindowModel model;
    private final TaskExecutor tasks;
    private final Runnable cancelBackgroundWork;
    private final List<SearchSource> searchSources = new ArrayList<>();
    private final LatestTaskScheduler<List<SearchProvider>> searchReads;
    private final LatestTaskScheduler<List<SearchHit>> searches;
    /** What the search looks through, read once per data revision; empty until first read. */
    private List<SearchProvider> searchable = List.of();
    private String query = "";

    /** {@code cancelBackgroundWork} stops the long task the user started (the status bar's Cancel). */
    public MainWindowController(MainWindowModel model, TaskExecutor tasks, Runnable cancelBackgroundWork) {
        this.model = model;
        this.tasks = tasks;
        this.cancelBackgroundWork = cancelBackgroundWork;
        this.searchReads = new LatestTaskScheduler<>(tasks, Lane.DATABASE, Duration.ZERO);
        this.searches = new LatestTaskScheduler<>(tasks, Lane.COMPUTE, TYPING_PAUSE);
        searchSources.add(() -> this::searchScreens);
    }

    public void addSearchSource(SearchSource source) {
        searchSources.add(source);
    }

    /**
     * Reads what the global search looks through now and again whenever stored data changes; until a new read
     * arrives, searches look through the previous one, so a long import never holds the search up.
     */
    public void follow(DataRevision revision) {
        revision.revisionProperty().addListener((observable, before, now) -> readSearchable());
        readSearchable();
    }

    private void readSearchable() {
        List<SearchSource> sources = List.copyOf(searchSources);
        searchReads.schedule(Messages.get("search.reading"), progress -> sources.stream().map(SearchSource::read).toList(), read -> {
            searchable = read;
            if (!query.isEmpty()) {
                runSearch(Duration.ZERO);
            }
        });
    }

    /** Shows a screen of the sidebar; other screens ask the {@code Navigator}, which ends here. */
    public void show(ScreenId screen) {
        model.currentScreenProperty().set(screen);
    }

    public void toggleTheme() {
        model.themeProperty().set(model.themeProperty().get().other());
    }

    public void zoomIn() {
        setZoom(model.zoomProperty().get() + ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(model.zoomProperty().get() - ZOOM_STEP);
    }

    public void resetZoom() {
        setZoom(1.0);
    }

    private void setZoom(double zoom) {
        double clamped = Math.max(MainWindowModel.MIN_ZOOM, Math.min(MainWindowModel.MAX_ZOOM, zoom));
        model.zoomProperty().set(Math.round(clamped * 10) / 10.0);
    }

    public void cancelBackgroundWork() {
        cancelBackgroundWork.run();
    }

    /**
     * Searches once typing pauses, on the compute pool; only the answer to the newest query is shown, so a slow
     * earlier search never overwrites a later one.
     */
    public void search(String text) {
        query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            searches.cancel();
            model.searchedForProperty().set("");
            model.searchResults().clear();
            return;
        }
        runSearch(TYPING_PAUSE);
    }

    /** Searches at once, without waiting for the typing pause (for {@code cgt-atlas bench responsiveness}). */
    public void searchNow(String text) {
        search(text);
        if (!query.isEmpty()) {
            runSearch(Duration.ZERO);
        }
    }

    private void runSearch(Duration pause) {
        String needle = query;
        List<SearchProvider> providers = searchable;
        searches.schedule(pause, Messages.get("search.running"), progress -> {
            List<SearchHit> hits = new ArrayList<>();
            for (SearchProvider provider : providers) {
                progress.checkCancelled();
                hits.addAll(provider.search(needle, SEARCH_LIMIT - hits.size()));
                if (hits.size() >= SEARCH_LIMIT) {
                    break;
                }
            }
            return hits;
        }, hits -> {
            model.searchResults().setAll(hits);
            model.searchedForProperty().set(needle);
        });
    }

    private List<SearchHit> searchScreens(String query, int limit) {
        String needle = query.toLowerCase(Locale.ROOT);
        List<SearchHit> hits = new ArrayList<>();
        for (ScreenId screen : ScreenId.values()) {
            String title = Messages.get(screen.messageKey());
            if (title.toLowerCase(Locale.ROOT).contains(needle) && hits.size() < limit) {
                hits.add(new SearchHit(title, Messages.get("search.kind.screen"), screen, () -> show(screen)));
            }
        }
        return hits;
    }

    public void restore(SettingsStore settings) {
        model.currentScreenProperty().set(ScreenId.parse(settings.get(KEY_SCREEN, ""), ScreenId.DASHBOARD));
        model.themeProperty().set(Theme.parse(settings.get(KEY_THEME, "")));
        setZoom(settings.getDouble(KEY_ZOOM, 1.0));
    }

    public void remember(SettingsStore settings) {
        settings.put(KEY_SCREEN, model.currentScreenProperty().get().name());
        settings.put(KEY_THEME, model.themeProperty().get().name());
        settings.put(KEY_ZOOM, Double.toString(model.zoomProperty().get()));
    }
}
