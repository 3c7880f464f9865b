package org.cgtatlas.feature.sources;

import javafx.scene.Node;
import org.cgtatlas.feature.shell.ScreenId;
import org.cgtatlas.ui.EmptyState;

/** The Sources screen. */
public final class SourcesView {

    private final Node root;

    public SourcesView(SourcesModel model) {
        root = new EmptyState(ScreenId.SOURCES.icon(), model.headlineProperty(), model.hintProperty());
    }

    public Node root() {
        return root;
    }
}
