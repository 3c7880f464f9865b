package org.cgtatlas.feature.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.cgtatlas.core.concurrent.TaskRunner;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.core.settings.SettingsStore;
import org.cgtatlas.domain.Citation;

/** The main window's actions: navigation, look, zoom, global search, and remembering them between runs. */
public final class MainWindowController implements Navigator {

    static final String KEY_SCREEN = "window.screen";
    public static final String KEY_THEME = "window.theme";
    static final String KEY_ZOOM = "window.zoom";
    private static final double ZOOM_STEP = 0.1;
    private static final int SEARCH_LIMIT = 30;

    private final MainWindowModel model;
    private final TaskRunner tasks;
    private final List<SearchProvider> searchProviders = new ArrayList<>();
    private final AtomicLong searchGeneration = new AtomicLong();

    public MainWindowController(MainWindowModel model, TaskRunner tasks) {
        this.model = model;
        this.tasks = tasks;
        searchProviders.add(this::searchScreens);
        model.busyProperty().bind(tasks.busyProperty());
        model.progressProperty().bind(tasks.progressProperty());
        model.statusMessageProperty().bind(tasks.messageProperty());
    }

    public void addSearchProvider(SearchProvider provider) {
        searchProviders.add(provider);
    }

    @Override
    public void show(ScreenId screen) {
        model.currentScreenProperty().set(screen);
    }

    @Override
    public void showSource(Citation citation) {
        model.sourceRequestProperty().set(citation);
        show(ScreenId.SOURCES);
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
        tasks.cancelCurrent();
    }

    /**
     * Runs every provider in the background; only the answer to the newest query is shown,
     * so a slow earlier search never overwrites a later one.
     */
    public void search(String query) {
        long generation = searchGeneration.incrementAndGet();
        String trimmed = query == null ? "" : query.strip();
        if (trimmed.isEmpty()) {
            model.searchResults().clear();
            return;
        }
        List<SearchProvider> providers = List.copyOf(searchProviders);
        tasks.task(Messages.get("search.running"), progress -> {
            List<SearchHit> hits = new ArrayList<>();
            for (SearchProvider provider : providers) {
                hits.addAll(provider.search(trimmed, SEARCH_LIMIT - hits.size()));
                if (hits.size() >= SEARCH_LIMIT) {
                    break;
                }
            }
            return hits;
        }).onSuccess(hits -> {
            if (generation == searchGeneration.get()) {
                model.searchResults().setAll(hits);
            }
        }).start();
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
