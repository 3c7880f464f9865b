package org.cgtatlas.ui.timeline;

/** A horizontal band of a {@link TimelineControl}; items name the lanes they belong to by {@code key}. */
public record TimelineLane(String key, String label) {
}
