package org.cgtatlas.domain;

import java.util.List;
import java.util.Map;

/**
 * The ClinicalTrials.gov trials as stored now (their logged fields by NCT id) and the trials the registry runs after
 * a change-log seq touched, oldest run first, read together in one transaction.
 */
public record RegistryHistory(long sinceSeq, Map<String, RegistryTrialState> current, List<RegistryRunChange> changesSince) {

    public RegistryHistory {
        current = Map.copyOf(current);
        changesSince = List.copyOf(changesSince);
    }
}
