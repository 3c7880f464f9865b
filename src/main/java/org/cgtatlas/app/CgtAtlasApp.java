package org.cgtatlas.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.cgtatlas.app.startup.Installation;
import org.cgtatlas.app.startup.StartupProbe;
import org.cgtatlas.core.db.DamagedDatabaseException;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.core.settings.SettingsStore;
import org.cgtatlas.feature.shell.MainWindowController;
import org.cgtatlas.ui.Theme;
import org.cgtatlas.ui.ErrorDialog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. The window is shown first, with a plain "opening" frame; the data folder (lock, H2,
 * Flyway, the bundled dataset, the daily backup) is opened on a thread of its own started in {@link #init()}, in
 * parallel with the toolkit building and showing that frame, and the screens replace it when it is open.
 */
public final class CgtAtlasApp extends Application {

    private static final String DATA_DIR_PARAMETER = "data-dir";

    private CompletableFuture<AppServices> opening;
    private final CompletableFuture<Void> windowReady = new CompletableFuture<>();
    private volatile AppServices services;
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

    /** Completes when the screens are in the window (or the start failed and the app is quitting). */
    public CompletableFuture<Void> windowReady() {
        return windowReady;
    }

    @Override
    public void init() {
        Path folder = dataFolder();
        opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opening.complete(AppServices.open(folder));
            } catch (RuntimeException e) {
                opening.completeExceptionally(e);
            } catch (LinkageError e) {
                opening.completeExceptionally(new IllegalStateException(Installation.damaged(e), e));
            }
        }, "cgt-atlas-open");
        opener.start();
    }

    private Path dataFolder() {
        return Path.of(getParameters().getNamed().get(DATA_DIR_PARAMETER));
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle(Messages.get("app.title"));
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = CgtAtlasApp.class.getResource("/org/cgtatlas/ui/icon/cgt-atlas-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        SettingsStore settings = SettingsStore.load(dataFolder().toAbsolutePath().normalize().resolve(AppServices.SETTINGS_FILE));
        stage.setScene(new Scene(OpeningView.of(Theme.parse(settings.get(MainWindowController.KEY_THEME, "")))));
        WindowGeometry.restore(stage, settings);
        StartupProbe.attachIfRequested(stage, CgtAtlasApp::dashboardFiguresDrawn);
        stage.show();
        opening.whenComplete((opened, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                services = opened;
                showWindow(stage);
            } else {
                log().error("Cannot open the data folder {}", dataFolder(), failure);
                failed(stage, failure);
            }
        }));
    }

    private void failed(Stage stage, Throwable failure) {
        if (failure instanceof DamagedDatabaseException damaged) {
            recover(stage, damaged);
        } else {
            ErrorDialog.show(stage, Messages.get("startup.failed.title"), failure);
            windowReady.complete(null);
            Platform.exit();
        }
    }

    /** The damaged file is already kept aside; reopen (from the newest backup or fresh) off the FX thread. */
    private void recover(Stage stage, DamagedDatabaseException damaged) {
        Platform.setImplicitExit(false);
        DamagedDatabaseDialog.Choice choice = DamagedDatabaseDialog.ask(damaged);
        if (choice == DamagedDatabaseDialog.Choice.QUIT) {
            windowReady.complete(null);
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
                log().error("Recovery failed", e);
                Platform.runLater(() -> {
                    ErrorDialog.show(stage, Messages.get("startup.failed.title"), e);
                    windowReady.complete(null);
                    Platform.exit();
                });
            }
        }, "cgt-atlas-recovery");
        opener.start();
    }

    private void showWindow(Stage stage) {
        window = new MainWindowAssembly(services, stage, getHostServices()::showDocument);
        stage.setScene(window.createScene());
        windowReady.complete(null);
    }

    /** Not a static field: logging is set up on the thread that opens the data folder, not before the first frame. */
    private static Logger log() {
        return LoggerFactory.getLogger(CgtAtlasApp.class);
    }

    private static boolean dashboardFiguresDrawn(Scene scene) {
        return scene.lookup("#dashboard-tiles") instanceof Region tiles
                && !tiles.getChildrenUnmodifiable().isEmpty() && tiles.getWidth() > 0;
    }

    /** Quitting while the data folder is still being opened waits for that, so the database is closed cleanly. */
    @Override
    public void stop() {
        if (window != null) {
            window.saveStateAndStop();
        }
        AppServices open = services != null ? services : opening.exceptionally(failure -> null).join();
        if (open != null) {
            open.close();
        }
    }
}
