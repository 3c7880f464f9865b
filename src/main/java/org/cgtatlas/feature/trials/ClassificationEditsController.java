package org.cgtatlas.feature.trials;

import java.util.List;
import java.util.function.Consumer;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.core.error.ErrorWording;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.data.ProductEntries;
import org.cgtatlas.data.RecordHistory;
import org.cgtatlas.domain.RecordChange;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.data.TrialOverrides;

/**
 * What an analyst teaches the classification, on the database thread: a trial's modality set or given back (every
 * screen then reloads, so the counts move at once), and a product added to the dictionary for the next import.
 */
public final class ClassificationEditsController {

    private final TaskExecutor tasks;
    private final TrialOverrides overrides;
    private final ProductEntries products;
    private final DataRevision dataRevision;
    private final RecordHistory history;

    public ClassificationEditsController(TaskExecutor tasks, TrialOverrides overrides, ProductEntries products,
                                         DataRevision dataRevision, RecordHistory history) {
        this.tasks = tasks;
        this.history = history;
        this.overrides = overrides;
        this.products = products;
        this.dataRevision = dataRevision;
    }

    /** Reads the logged changes of the trial's override (the trial's curated part) and hands them to {@code show}. */
    public void openHistory(String trialId, Consumer<List<RecordChange>> show) {
        tasks.task(Messages.get("history.loading"), progress -> history.of(RecordKind.TRIAL_OVERRIDE, trialId))
                .onSuccess(show::accept).start();
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

    /** Adds a product to the classifier's dictionary; {@code close} once saved, else {@code fail} with why. */
    public void addProduct(ProductDraft draft, Runnable close, Consumer<String> fail) {
        tasks.task(Messages.get("trials.product.saving"), progress -> products.add("", draft.name(), draft.aliases(),
                        draft.modality(), draft.developer(), draft.country(), draft.reference()))
                .onSuccess(saved -> close.run())
                .onError(error -> fail.accept(ErrorWording.forUser(error)))
                .start();
    }

    /** A product as typed into the form. */
    public record ProductDraft(String name, String aliases, String modality, String developer, String country,
                               String reference) {
    }
}
