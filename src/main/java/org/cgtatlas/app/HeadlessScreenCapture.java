package org.cgtatlas.app;

import java.awt.image.BufferedImage;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.cgtatlas.ui.navigation.ScreenId;
import org.cgtatlas.ui.snapshot.ScreenSnapshot;

/**
 * Renders one screen to an image without a window: the main window is built through the same wiring as the real
 * one, laid out in an off-screen 1440×900 scene, given time to load its data, and the whole of its screen (what scrolls
 * included) snapshotted.
 */
public final class HeadlessScreenCapture {

    public static final double WIDTH = 1440;
    public static final double HEIGHT = 900;
    private static final long LOAD_TIMEOUT_MILLIS = 60_000;
    private static final int IDLE_CHECKS = 3;

    private HeadlessScreenCapture() {
    }

    /** A capture has no browser to hand links to, and nobody clicks them. */
    static void cannotOpenLinks(String url) {
        throw new UnsupportedOperationException("A headless capture opens no links: " + url);
    }

    public static BufferedImage capture(AppServices services, ScreenId screen, double scale) throws Exception {
        JavaFxRuntime.ensureStarted();
        MainWindowAssembly window = onFxThread(() -> {
            MainWindowAssembly assembly = new MainWindowAssembly(services, new Stage(), HeadlessScreenCapture::cannotOpenLinks);
            Scene scene = assembly.offscreenScene(screen, WIDTH, HEIGHT);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return assembly;
        });
        try {
            waitUntilLoaded(window);
            return onFxThread(() -> {
                window.screenArea().getScene().getRoot().applyCss();
                window.screenArea().getScene().getRoot().layout();
                return ScreenSnapshot.takeWholeScreen(window.screenArea(), scale);
            });
        } finally {
            window.closeWithoutSaving();
        }
    }

    /** Waits until the screen's background loading has been idle for a few checks in a row. */
    static void waitUntilLoaded(MainWindowAssembly window) throws Exception {
        long deadline = System.currentTimeMillis() + LOAD_TIMEOUT_MILLIS;
        int idle = 0;
        while (idle < IDLE_CHECKS) {
            if (System.currentTimeMillis() > deadline) {
                throw new TimeoutException("The screen was still loading its data after " + LOAD_TIMEOUT_MILLIS / 1000 + " s");
            }
            boolean busy = onFxThread(() -> window.busyProperty().get());
            idle = busy ? 0 : idle + 1;
            Thread.sleep(50);
        }
    }

    static <T> T onFxThread(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get(LOAD_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
