package org.cgtatlas.feature.trials;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.RegistryRefresh;
import org.cgtatlas.ingest.clinicaltrials.TrialRefresher;
import org.cgtatlas.ingest.clinicaltrials.api.ApiClientSettings;
import org.cgtatlas.ingest.clinicaltrials.api.ApiUrl;
import org.cgtatlas.ingest.clinicaltrials.api.RefreshPreferences;

/**
 * {@code File ▸ Update trials from ClinicalTrials.gov…}: reads what the dialog shows (the saved address and query,
 * the last refresh) on the database thread, saves what the user changed, and runs the refresh as a user task
 * (progress and Cancel in the status bar); the summary is announced only once the refresh has committed, "cancelled"
 * only once it has rolled back.
 */
public final class TrialRefreshController {

    /** What the dialog shows: the saved address and query, and the last refresh if there was one. */
    public record Settings(String apiUrl, String query, Optional<RegistryRefresh> lastRefresh) {
    }

    private final TaskExecutor tasks;
    private final TrialRefresher refresher;
    private final RefreshPreferences preferences;
    private final Supplier<Optional<RegistryRefresh>> lastRefresh;
    private final Supplier<List<String>> region;
    private final DataRevision dataRevision;
    private final Consumer<List<String>> onRefreshed;
    private final Consumer<String> onCancelled;

    public TrialRefreshController(TaskExecutor tasks, TrialRefresher refresher, RefreshPreferences preferences,
                                  Supplier<Optional<RegistryRefresh>> lastRefresh, Supplier<List<String>> region,
                                  DataRevision dataRevision, Consumer<List<String>> onRefreshed, Consumer<String> onCancelled) {
        this.tasks = tasks;
        this.refresher = refresher;
        this.preferences = preferences;
        this.lastRefresh = lastRefresh;
        this.region = region;
        this.dataRevision = dataRevision;
        this.onRefreshed = onRefreshed;
        this.onCancelled = onCancelled;
    }

    /** Reads the settings and the last refresh, then hands them to {@code show} on the FX thread. */
    public void open(Consumer<Settings> show) {
        tasks.task(Messages.get("trials.refresh.reading"),
                        progress -> new Settings(preferences.apiUrl(), preferences.query().text(), lastRefresh.get()))
                .onSuccess(show)
                .start();
    }

    /** The saved query built from the classification rules, for the dialog's "Default query" button. */
    public String defaultQuery() {
        return preferences.defaultQuery().text();
    }

    /** Keeps the address and query (an error message if either is wrong, nothing then saved), then refreshes. */
    public Optional<String> saveAndRefresh(String apiUrl, String query, boolean full) {
        try {
            preferences.save(apiUrl, query);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        refresh(ApiClientSettings.standard(ApiUrl.parse(apiUrl)), full);
        return Optional.empty();
    }

    void refresh(ApiClientSettings client, boolean full) {
        TrialRefresher.Request request = new TrialRefresher.Request(client, preferences.query(), full);
        tasks.task(Messages.get("trials.refresh.title", client.url().server()),
                        progress -> refresher.refresh(request, progress).summaryLines(region.get()))
                .onSuccess(lines -> {
                    dataRevision.changed();
                    onRefreshed.accept(lines);
                })
                .onCancelled(() -> onCancelled.accept(Messages.get("trials.refresh.cancelled")))
                .userTask()
                .start();
    }
}
