package org.cgtatlas.feature.timeline;

import org.cgtatlas.core.i18n.Messages;

/** Loads what the Timeline screen shows. */
public final class TimelineController {

    private final TimelineModel model;

    public TimelineController(TimelineModel model) {
        this.model = model;
    }

    public void refresh() {
        model.headlineProperty().set(Messages.get("timeline.empty.headline"));
        model.hintProperty().set(Messages.get("timeline.empty.hint"));
    }
}
