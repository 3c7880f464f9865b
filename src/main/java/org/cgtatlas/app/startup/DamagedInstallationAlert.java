package org.cgtatlas.app.startup;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/**
 * The damaged-installation sentence in a window, for a start from the desktop menu, where nobody reads the terminal.
 * When JavaFX itself is what is broken, or there is no display, the terminal's line is all there is.
 */
public final class DamagedInstallationAlert {

    private DamagedInstallationAlert() {
    }

    public static void showIfPossible(String message) {
        if (!Display.available()) {
            return;
        }
        try {
            CountDownLatch closed = new CountDownLatch(1);
            Platform.startup(() -> {
                try {
                    Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.CLOSE);
                    alert.setTitle("CGT Atlas");
                    alert.setHeaderText("CGT Atlas cannot start");
                    alert.showAndWait();
                } finally {
                    closed.countDown();
                }
            });
            closed.await();
        } catch (RuntimeException | LinkageError e) {
            // No window to be had: the message is on the terminal already.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
