package org.cgtatlas.feature.sources;

import org.cgtatlas.core.i18n.Messages;

/** Loads what the Sources screen shows. */
public final class SourcesController {

    private final SourcesModel model;

    public SourcesController(SourcesModel model) {
        this.model = model;
    }

    public void refresh() {
        model.headlineProperty().set(Messages.get("sources.empty.headline"));
        model.hintProperty().set(Messages.get("sources.empty.hint"));
    }
}
