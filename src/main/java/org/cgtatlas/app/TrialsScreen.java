package org.cgtatlas.app;

import java.util.function.Consumer;
import javafx.scene.Node;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.data.ProductEntries;
import org.cgtatlas.data.RecordHistory;
import org.cgtatlas.data.TrialOverrides;
import org.cgtatlas.data.TrialRepository;
import org.cgtatlas.feature.trials.ClassificationEditsController;
import org.cgtatlas.feature.trials.TrialsController;
import org.cgtatlas.feature.trials.TrialsModel;
import org.cgtatlas.feature.trials.TrialsView;
import org.cgtatlas.landscape.LandscapeCache;

/** The Trials screen's factory. */
final class TrialsScreen extends Screen {

    private final TrialsModel model = new TrialsModel();
    private final TrialsController controller;
    private final ClassificationEditsController overrides;
    private final DataRevision dataRevision;
    private final Runnable refreshFromRegistry;

    TrialsScreen(TaskExecutor tasks, TrialRepository trials, TrialOverrides overrides, ProductEntries products, LandscapeCache landscape,
                 DataRevision dataRevision, Consumer<String> openUrl, Runnable refreshFromRegistry, RecordHistory history) {
        this.controller = new TrialsController(model, tasks, trials, landscape, openUrl);
        this.overrides = new ClassificationEditsController(tasks, overrides, products, dataRevision, history);
        this.dataRevision = dataRevision;
        this.refreshFromRegistry = refreshFromRegistry;
    }

    @Override
    protected Node build() {
        dataRevision.revisionProperty().addListener((observable, before, revision) -> controller.refresh());
        controller.refresh();
        return new TrialsView(model, controller, overrides, refreshFromRegistry).root();
    }
}
