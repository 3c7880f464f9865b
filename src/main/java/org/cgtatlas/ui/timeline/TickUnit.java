package org.cgtatlas.ui.timeline;

/** The step between axis labels, chosen by how many pixels a day gets. */
public enum TickUnit {
    YEAR, QUARTER, MONTH, WEEK, DAY
}
