package org.cgtatlas.feature.sources;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cgtatlas.core.concurrent.Lane;
import org.cgtatlas.core.concurrent.LatestTaskScheduler;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.CitedPassage;
import org.cgtatlas.domain.Source;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.LandscapeCache;

/** Loads the sources and their cited passages, and opens a source at a passage. */
public final class SourcesController {

    private final SourcesModel model;
    private final LatestTaskScheduler<Landscape> loads;
    private final LandscapeCache landscape;
    private Map<String, List<CitedPassage>> passagesBySource = Map.of();
    private Citation pending;

    public SourcesController(SourcesModel model, TaskExecutor tasks, LandscapeCache landscape) {
        this.model = model;
        this.loads = new LatestTaskScheduler<>(tasks, Lane.DATABASE, Duration.ZERO);
        this.landscape = landscape;
        model.selectedProperty().addListener((observable, before, source) -> showPassagesOf(source));
    }

    /** Shows the sources and passages of the current snapshot (read in the background). */
    public void load() {
        loads.schedule(Messages.get("sources.loading"), progress -> landscape.current(), this::apply);
    }

    private void apply(Landscape loaded) {
        passagesBySource = loaded.passages().stream().collect(Collectors.groupingBy(CitedPassage::sourceId));
        String selectedId = model.selectedProperty().get() == null ? null : model.selectedProperty().get().id();
        model.sources().setAll(loaded.sources());
        model.loadedProperty().set(true);
        Source reselected = find(selectedId);
        model.selectedProperty().set(reselected != null ? reselected : loaded.sources().isEmpty() ? null : loaded.sources().get(0));
        showPassagesOf(model.selectedProperty().get());
        if (pending != null) {
            open(pending);
        }
    }

    /** Shows the citation's source with its passage in focus; waits for the data if it is still loading. */
    public void open(Citation citation) {
        if (!model.loadedProperty().get()) {
            pending = citation;
            return;
        }
        pending = null;
        Source source = find(citation.sourceId());
        if (source != null) {
            model.selectedProperty().set(source);
            model.focusedProperty().set(citation);
        }
    }

    public void focus(CitedPassage passage) {
        model.focusedProperty().set(passage == null ? null : passage.citation());
    }

    private void showPassagesOf(Source source) {
        model.passages().setAll(source == null ? List.of() : passagesBySource.getOrDefault(source.id(), List.of()));
        Citation focused = model.focusedProperty().get();
        if (focused != null && (source == null || !focused.sourceId().equals(source.id()))) {
            model.focusedProperty().set(null);
        }
    }

    private Source find(String id) {
        return id == null ? null : model.sources().stream().filter(source -> source.id().equals(id)).findFirst().orElse(null);
    }
}
