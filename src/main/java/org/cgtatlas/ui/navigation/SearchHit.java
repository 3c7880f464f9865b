package org.cgtatlas.ui.navigation;

/** One result of the global search: what matched, where it lives, and how to open it. */
public record SearchHit(String title, String detail, ScreenId screen, Runnable open) {

    @Override
    public String toString() {
        return detail == null || detail.isBlank() ? title : title + " — " + detail;
    }
}
