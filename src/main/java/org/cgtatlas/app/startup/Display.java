package org.cgtatlas.app.startup;

import java.util.Locale;
import java.util.Map;

/** Whether this process can open a window. */
public final class Display {

    /** The system properties that make JavaFX use Monocle's headless platform with software rendering. */
    public static final Map<String, String> HEADLESS_PROPERTIES = Map.of(
            "glass.platform", "Monocle",
            "monocle.platform", "Headless",
            "prism.order", "sw",
            "prism.text", "t2k",
            "java.awt.headless", "true");

    private Display() {
    }

    /** Linux and other X11/Wayland systems need DISPLAY or WAYLAND_DISPLAY; Windows and macOS always have one. */
    public static boolean available() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return !isBlank(System.getenv("DISPLAY")) || !isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
