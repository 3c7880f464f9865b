package org.cgtatlas.app;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import org.cgtatlas.app.startup.Display;

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
        if (!Display.available()) {
            Display.HEADLESS_PROPERTIES.forEach(System::setProperty);
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
}
