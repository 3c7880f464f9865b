package org.cgtatlas.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.cgtatlas.app.startup.StartupProbe;
import org.cgtatlas.core.db.DamagedDatabaseException;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.ui.ErrorDialog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. The database is opened in {@link #init()}, which runs on the launcher thread,
 * so the FX thread never waits for H2 or Flyway.
 */
public final class CgtAtlasApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(CgtAtlasApp.class);
    private static final String DATA_DIR_PARAMETER = "data-dir";

    private AppServices services;
    private RuntimeException startupFailure;
    private MainWindowAssembly window;

    public static void launchWindow(Path dataFolder) {
        Application.launch(CgtAtlasApp.class, "--" + DATA_DIR_PARAMETER + "=" + dataFolder);
    }

    /** The open services, for tests that change data behind the window. */
    AppServices services() {
        return services;
    }

    /** True while background work is queued or running, for tests that wait for the screens to settle. */
    boolean busy() {
        return window.busyProperty().get();
    }

    @Override
    public void init() {
        try {
            services = AppServices.open(dataFolder());
        } catch (RuntimeException e) {
            LOG.error("Cannot open the data folder {}", dataFolder(), e);
            startupFailure = e;
        }
    }

    private Path dataFolder() {
        return Path.of(getParameters().getNamed().get(DATA_DIR_PARAMETER));
    }

    @Override
    public void start(Stage stage) {
        if (startupFailure instanceof DamagedDatabaseException damaged) {
            recover(stage, damaged);
        } else if (startupFailure != null) {
            ErrorDialog.show(null, Messages.get("startup.failed.title"), startupFailure);
            Platform.exit();
        } else {
            showWindow(stage);
        }
    }

    /** The damaged file is already kept aside; reopen (from the newest backup or fresh) off the FX thread. */
    private void recover(Stage stage, DamagedDatabaseException damaged) {
        Platform.setImplicitExit(false);
        DamagedDatabaseDialog.Choice choice = DamagedDatabaseDialog.ask(damaged);
        if (choice == DamagedDatabaseDialog.Choice.QUIT) {
            Platform.exit();
            return;
        }
        Thread opener = new Thread(() -> {
            try {
                if (choice == DamagedDatabaseDialog.Choice.RESTORE_NEWEST_BACKUP) {
                    Database.installBackup(dataFolder(), damaged.newestBackup().orElseThrow());
                }
                services = AppServices.open(dataFolder());
                Platform.runLater(() -> {
                    Platform.setImplicitExit(true);
                    showWindow(stage);
                });
            } catch (RuntimeException e) {
                LOG.error("Recovery failed", e);
                Platform.runLater(() -> {
                    ErrorDialog.show(null, Messages.get("startup.failed.title"), e);
                    Platform.exit();
                });
            }
        }, "cgt-atlas-recovery");
        opener.start();
    }

    private void showWindow(Stage stage) {
        window = new MainWindowAssembly(services, stage, getHostServices()::showDocument);
        stage.setTitle(Messages.get("app.title"));
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = CgtAtlasApp.class.getResource("/org/cgtatlas/ui/icon/cgt-atlas-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        stage.setScene(window.createScene());
        StartupProbe.attachIfRequested(stage, CgtAtlasApp::dashboardFiguresDrawn);
        stage.show();
    }

    private static boolean dashboardFiguresDrawn(Scene scene) {
        return scene.lookup("#dashboard-tiles") instanceof Region tiles
                && !tiles.getChildrenUnmodifiable().isEmpty() && tiles.getWidth() > 0;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.saveStateAndStop();
        }
        if (services != null) {
            services.close();
        }
    }
}
