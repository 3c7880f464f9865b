package org.cgtatlas.domain;

/**
 * One trial a registry run touched, as the change log keeps it: the run's seq, the trial, whether it was added,
 * removed or changed, and its logged fields before (null if added) and after (null if removed).
 */
public record RegistryRunChange(long seq, String trialId, Kind kind, RegistryTrialState before, RegistryTrialState after) {

    public enum Kind { ADDED, REMOVED, CHANGED }
}
