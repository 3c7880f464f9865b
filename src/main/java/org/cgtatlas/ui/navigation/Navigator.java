package org.cgtatlas.ui.navigation;

import org.cgtatlas.domain.Citation;

/** Lets one screen open another; implemented by the main window. */
public interface Navigator {

    void show(ScreenId screen);

    /** Opens the Sources screen at the cited passage, highlighted. */
    void showSource(Citation citation);
}
