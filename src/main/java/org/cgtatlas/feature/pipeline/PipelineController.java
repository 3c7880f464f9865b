package org.cgtatlas.feature.pipeline;

import org.cgtatlas.core.i18n.Messages;

/** Loads what the Pipeline screen shows. */
public final class PipelineController {

    private final PipelineModel model;

    public PipelineController(PipelineModel model) {
        this.model = model;
    }

    public void refresh() {
        model.headlineProperty().set(Messages.get("pipeline.empty.headline"));
        model.hintProperty().set(Messages.get("pipeline.empty.hint"));
    }
}
