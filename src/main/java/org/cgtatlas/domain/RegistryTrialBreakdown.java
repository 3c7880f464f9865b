package org.cgtatlas.domain;

import java.util.List;

/**
 * The imported registry trials classified as cell or gene therapy, grouped by sites' countries, modality and phases,
 * with the files they were imported from; empty while nothing was imported.
 */
public record RegistryTrialBreakdown(List<TrialGroup> groups, List<RegistryFile> files) {

    public static final RegistryTrialBreakdown NONE = new RegistryTrialBreakdown(List.of(), List.of());

    public RegistryTrialBreakdown {
        groups = List.copyOf(groups);
        files = List.copyOf(files);
    }
}
