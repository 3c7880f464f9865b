package org.cgtatlas.feature.timeline;

import javafx.scene.Node;
import org.cgtatlas.feature.shell.ScreenId;
import org.cgtatlas.ui.EmptyState;

/** The Timeline screen. */
public final class TimelineView {

    private final Node root;

    public TimelineView(TimelineModel model) {
        root = new EmptyState(ScreenId.TIMELINE.icon(), model.headlineProperty(), model.hintProperty());
    }

    public Node root() {
        return root;
    }
}
