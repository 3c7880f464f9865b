package org.cgtatlas.feature.trials;

import javafx.scene.Node;
import org.cgtatlas.feature.shell.ScreenId;
import org.cgtatlas.ui.EmptyState;

/** The Trials screen. */
public final class TrialsView {

    private final Node root;

    public TrialsView(TrialsModel model) {
        root = new EmptyState(ScreenId.TRIALS.icon(), model.headlineProperty(), model.hintProperty());
    }

    public Node root() {
        return root;
    }
}
