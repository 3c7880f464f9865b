package org.cgtatlas.feature.timeline;

/** How the timeline's lanes are cut: one per country, or one per event type. */
public enum LaneMode {
    COUNTRY, TYPE
}
