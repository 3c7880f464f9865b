package org.cgtatlas.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
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

    @Override
    public void init() {
        Path dataFolder = Path.of(getParameters().getNamed().get(DATA_DIR_PARAMETER));
        try {
            services = AppServices.open(dataFolder);
        } catch (RuntimeException e) {
            LOG.error("Cannot open the data folder {}", dataFolder, e);
            startupFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupFailure != null) {
            ErrorDialog.show(null, Messages.get("startup.failed.title"), startupFailure);
            Platform.exit();
            return;
        }
        window = new MainWindowAssembly(services, stage, getHostServices()::showDocument);
        stage.setTitle(Messages.get("app.title"));
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = CgtAtlasApp.class.getResource("/org/cgtatlas/ui/icon/cgt-atlas-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        stage.setScene(window.createScene());
        stage.show();
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
