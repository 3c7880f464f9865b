package org.cgtatlas.feature.shell;

/** Lets one screen open another; implemented by the main window. */
public interface Navigator {
    void show(ScreenId screen);
}
