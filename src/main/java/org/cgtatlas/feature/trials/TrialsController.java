package org.cgtatlas.feature.trials;

import org.cgtatlas.core.i18n.Messages;

/** Loads what the Trials screen shows. */
public final class TrialsController {

    private final TrialsModel model;

    public TrialsController(TrialsModel model) {
        this.model = model;
    }

    public void refresh() {
        model.headlineProperty().set(Messages.get("trials.empty.headline"));
        model.hintProperty().set(Messages.get("trials.empty.hint"));
    }
}
