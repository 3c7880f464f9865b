package org.cgtatlas.data;

import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.cgtatlas.core.error.WordedForUser;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.TrialOverride;

/**
 * Setting and removing an analyst's verdict on a trial, checked the same way from the window and the command line:
 * the trial must be stored, the modality known and the note given.
 */
public final class TrialOverrides {

    /** What stands for "not a CGT trial" where a modality is asked for. */
    public static final String NOT_CGT = "NOT_CGT";

    private final TrialRepository trials;
    private final TrialOverrideRepository overrides;
    private final Clock clock;

    public TrialOverrides(TrialRepository trials, TrialOverrideRepository overrides, Clock clock) {
        this.trials = trials;
        this.overrides = overrides;
        this.clock = clock;
    }

    /** A request that cannot be saved, worded for the user. */
    public static final class InvalidOverrideException extends IllegalArgumentException implements WordedForUser {
        InvalidOverrideException(String message) {
            super(message);
        }
    }

    /**
     * Sets the trial's modality by hand; {@code modality} is a modality's name or label, or {@value #NOT_CGT}.
     *
     * @throws InvalidOverrideException naming what is wrong
     */
    public TrialOverride set(String trialId, String modality, String note) {
        String id = trialId == null ? "" : trialId.strip();
        if (!trials.exists(id)) {
            throw new InvalidOverrideException("No trial " + id + " is stored; import the export that holds it first.");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidOverrideException("Say why in a note: the override of " + id + " is shown with it.");
        }
        TrialOverride override = new TrialOverride(id, parse(modality), note, clock.instant());
        overrides.save(override);
        return override;
    }

    /** Gives the trial back to the classifier; false if it had no override. */
    public boolean remove(String trialId) {
        return overrides.remove(trialId.strip());
    }

    private static Modality parse(String modality) {
        if (modality != null && modality.strip().equalsIgnoreCase(NOT_CGT)) {
            return null;
        }
        return Modality.parse(modality).orElseThrow(() -> new InvalidOverrideException("'" + modality
                + "' is not a modality; use " + NOT_CGT + " or one of "
                + Arrays.stream(Modality.values()).map(Modality::name).collect(Collectors.joining(", ")) + "."));
    }
}
