package org.cgtatlas.domain;

/** What writing a dataset did: records added, updated, and left alone because the analyst changed them. */
public record DatasetWriteSummary(int added, int updated, int keptUserEdits) {
}
