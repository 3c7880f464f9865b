package org.cgtatlas.app;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit for command-line work that renders screens. Without a display (a server, a CI job,
 * an SSH session) it uses Monocle's headless platform with software rendering, which must be chosen before the
 * toolkit starts.
 */
final class JavaFxRuntime {

    private static boolean started;

    private JavaFxRuntime() {
    }

    static synchronized void ensureStarted() throws InterruptedException {
        if (started) {
            return;
        }
        if (hasNoDisplay()) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
        }
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
            ready.await();
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit is up already (the window, or a test harness): use it as it is.
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    /** Linux and other X11/Wayland systems without DISPLAY or WAYLAND_DISPLAY; Windows and macOS always have one. */
    private static boolean hasNoDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return false;
        }
        return isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
