package org.cgtatlas.landscape.pipeline;

/** One level of a (multi-column) sort. */
public record SortKey(PipelineColumn column, boolean ascending) {
}
