package org.cgtatlas.app;

import java.util.List;
import javafx.scene.Node;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.Source;
import org.cgtatlas.feature.sources.SourceTextSearch;
import org.cgtatlas.feature.sources.SourcesController;
import org.cgtatlas.feature.sources.SourcesModel;
import org.cgtatlas.feature.sources.SourcesView;
import org.cgtatlas.landscape.LandscapeCache;
import org.cgtatlas.ui.navigation.Navigator;
import org.cgtatlas.ui.navigation.ScreenId;
import org.cgtatlas.ui.navigation.SearchHit;
import org.cgtatlas.ui.navigation.SearchProvider;

/** The Sources screen's factory. */
final class SourcesScreen extends Screen {

    private final SourcesModel model = new SourcesModel();
    private final SourcesController controller;
    private final LandscapeCache landscape;
    private final DataRevision dataRevision;
    private final Navigator navigator;

    SourcesScreen(TaskExecutor tasks, LandscapeCache landscape, DataRevision dataRevision, Navigator navigator) {
        this.controller = new SourcesController(model, tasks, landscape);
        this.landscape = landscape;
        this.dataRevision = dataRevision;
        this.navigator = navigator;
    }

    /** Puts the cited passage in focus, once the sources have loaded. */
    void open(Citation citation) {
        controller.open(citation);
    }

    /**
     * The global search looks through the sources' full texts and opens the passage it found; read on the database
     * thread after each data change.
     */
    SearchProvider searchable() {
        List<Source> sources = landscape.current().sources();
        return (query, limit) -> SourceTextSearch.search(sources, query, limit).stream()
                .map(match -> new SearchHit(match.source().title(), match.context(), ScreenId.SOURCES,
                        () -> navigator.showSource(new Citation(match.source().id(), match.matchedText()))))
                .toList();
    }

    @Override
    protected Node build() {
        dataRevision.revisionProperty().addListener((observable, before, revision) -> controller.load());
        controller.load();
        return new SourcesView(model, controller).root();
    }
}
