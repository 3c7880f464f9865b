package org.cgtatlas.ui;

import org.cgtatlas.domain.Modality;

/** Opens another screen narrowed to what was clicked in a chart or a tile. */
public interface DrillDown {

    /** The Pipeline screen for a country ({@code null}: all) and a modality ({@code null}: all or not stated). */
    void pipeline(String countryCode, Modality modality);

    /** The Timeline screen for a country ({@code null}: all countries). */
    void timeline(String countryCode);
}
