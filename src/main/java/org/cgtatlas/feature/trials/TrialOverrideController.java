package org.cgtatlas.feature.trials;

import java.util.function.Consumer;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.core.error.ErrorWording;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.data.TrialOverrides;

/**
 * Sets or removes an analyst's verdict on the selected trial's modality, on the database thread; every screen then
 * reloads, so the trial's counts move at once.
 */
public final class TrialOverrideController {

    private final TaskExecutor tasks;
    private final TrialOverrides overrides;
    private final DataRevision dataRevision;

    public TrialOverrideController(TaskExecutor tasks, TrialOverrides overrides, DataRevision dataRevision) {
        this.tasks = tasks;
        this.overrides = overrides;
        this.dataRevision = dataRevision;
    }

    /** {@code modality}: a modality's name or {@link TrialOverrides#NOT_CGT}; {@code close} once saved, else {@code fail}. */
    public void set(String trialId, String modality, String note, Runnable close, Consumer<String> fail) {
        tasks.task(Messages.get("trials.override.saving"), progress -> overrides.set(trialId, modality, note))
                .onSuccess(saved -> {
                    dataRevision.changed();
                    close.run();
                })
                .onError(error -> fail.accept(ErrorWording.forUser(error)))
                .start();
    }

    public void remove(String trialId) {
        tasks.task(Messages.get("trials.override.saving"), progress -> overrides.remove(trialId))
                .onSuccess(removed -> dataRevision.changed())
                .start();
    }
}
