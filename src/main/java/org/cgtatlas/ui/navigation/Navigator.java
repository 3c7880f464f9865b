package org.cgtatlas.ui.navigation;

import org.cgtatlas.domain.AnalystSource;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.Modality;

/**
 * The one way a screen opens another, implemented by the main window: sidebar screens, a cited passage, and the
 * drill-downs from charts and tiles to a screen narrowed to what was clicked.
 */
public interface Navigator {

    void show(ScreenId screen);

    /** Opens the Sources screen at the cited passage, highlighted. */
    void showSource(Citation citation);

    /**
     * Shows a source an analyst gave for their own record: a web page opens in the browser, a document (a title
     * without an address) shows its details and quoted passage.
     */
    void showAnalystSource(AnalystSource source);

    /** Opens the Countries screen with the country's profile (an ISO code such as "JP"; null: as it was). */
    void showCountry(String countryCode);

    /** Opens the Pipeline screen for a country and a modality, either null for all (or, for a modality, not stated). */
    void showPipeline(String countryCode, Modality modality);

    /** Opens the Timeline screen with the events of a country (null: all countries). */
    void showTimeline(String countryCode);

    /** Opens the list of briefings pinned by PDF exports. */
    void showBriefings();

    /** Opens the Changes since… view: what changed since a briefing or a day. */
    void showChanges();
}
