package org.cgtatlas.ui.timeline;

/** The vertical line joining the placements of one item in several lanes (a cross-border event). */
public record Connector(int item, double x, double top, double bottom) {
}
