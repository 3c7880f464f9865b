package org.cgtatlas.feature.pipeline;

import javafx.scene.Node;
import org.cgtatlas.feature.shell.ScreenId;
import org.cgtatlas.ui.EmptyState;

/** The Pipeline screen. */
public final class PipelineView {

    private final Node root;

    public PipelineView(PipelineModel model) {
        root = new EmptyState(ScreenId.PIPELINE.icon(), model.headlineProperty(), model.hintProperty());
    }

    public Node root() {
        return root;
    }
}
