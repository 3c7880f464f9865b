package org.cgtatlas.domain;

/**
 * What writing a dataset did: records added, updated, left alone because the analyst changed them, and bundled
 * records a newer bundle no longer holds (removed by a curator's audit) taken out.
 */
public record DatasetWriteSummary(int added, int updated, int keptUserEdits, int retired) {
}
