package org.cgtatlas.app;

import javafx.scene.Node;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.feature.pipeline.PipelineController;
import org.cgtatlas.feature.pipeline.PipelineModel;
import org.cgtatlas.feature.pipeline.PipelineView;
import org.cgtatlas.ui.navigation.Navigator;
import org.cgtatlas.ui.navigation.SearchProvider;

/** The Pipeline screen's factory; its controller reloads on data changes once the screen has been opened. */
final class PipelineScreen extends Screen {

    private final PipelineModel model = new PipelineModel();
    private final PipelineController controller;
    private PipelineView view;

    PipelineScreen(AppServices services, TaskExecutor tasks, Navigator navigator) {
        this.controller = new PipelineController(model, services.landscape(), services.programmes(), services.organizations(),
                tasks, services.dataRevision(), services.settings(), navigator, services.recordHistory());
    }

    /** What the global search looks through; read on the database thread after each data change. */
    SearchProvider searchable() {
        return controller.searchable();
    }

    PipelineController controller() {
        return controller;
    }

    PipelineModel model() {
        return model;
    }

    /** Narrows the screen to a country and a modality, whether or not it is built yet. */
    void showFiltered(String countryCode, Modality modality) {
        controller.showFiltered(countryCode, modality);
    }

    /** File ▸ Export ▸ CSV: the rows shown, asking where to write them. */
    void exportCsv() {
        root();
        view.exportCsv();
    }

    @Override
    protected Node build() {
        controller.refresh();
        view = new PipelineView(model, controller);
        return view.root();
    }
}
