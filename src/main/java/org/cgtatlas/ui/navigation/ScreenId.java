package org.cgtatlas.ui.navigation;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The screens of the sidebar, in the order shown. */
public enum ScreenId {
    DASHBOARD(Material2AL.DASHBOARD),
    COUNTRIES(Material2AL.FLAG),
    PIPELINE(Material2MZ.VIEW_LIST),
    TIMELINE(Material2MZ.TIMELINE),
    TRIALS(Material2MZ.SCIENCE),
    SOURCES(Material2AL.LIBRARY_BOOKS);

    private final Ikon icon;

    ScreenId(Ikon icon) {
        this.icon = icon;
    }

    public Ikon icon() {
        return icon;
    }

    public String messageKey() {
        return "screen." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ScreenId parse(String name, ScreenId fallback) {
        for (ScreenId id : values()) {
            if (id.name().equalsIgnoreCase(name)) {
                return id;
            }
        }
        return fallback;
    }
}
