package org.cgtatlas.testing;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.cgtatlas.app.CgtAtlasApp;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole application started headless on a data folder, as a test's fixture:
 * {@code app = RunningApp.start(dataFolder)} in a {@code @BeforeEach} (or in the test, after preparing the folder)
 * and {@code app.stop()} in an {@code @AfterEach}. {@link #quit()} and {@link #startAgain()} let a test look at
 * the folder between two runs, as an analyst closing and reopening the app.
 */
public final class RunningApp {

    private final Path dataFolder;
    private final Stage stage;
    private CgtAtlasApp app;

    private RunningApp(Path dataFolder, Stage stage) {
        this.dataFolder = dataFolder;
        this.stage = stage;
    }

    /** Starts the app with {@code --data-dir=dataFolder} and waits for its first events to be handled. */
    public static RunningApp start(Path dataFolder) throws Exception {
        RunningApp running = new RunningApp(dataFolder, FxToolkit.registerPrimaryStage());
        running.startAgain();
        return running;
    }

    /** Null-safe {@link #stop()}, for an {@code @AfterEach} whose test may have failed before starting the app. */
    public static void stop(RunningApp running) throws Exception {
        if (running != null) {
            running.stop();
        }
    }

    public CgtAtlasApp app() {
        return app;
    }

    /** The primary stage the app was started on. */
    public Stage stage() {
        return stage;
    }

    /** Stops the app as quitting would (settings saved), keeping the stage for {@link #startAgain()}. */
    public void quit() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    /** Starts the app again on the same data folder, after {@link #quit()}. */
    public void startAgain() throws Exception {
        app = (CgtAtlasApp) FxToolkit.setupApplication(CgtAtlasApp.class, "--data-dir=" + dataFolder);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** {@link #quit()} then {@link #startAgain()}. */
    public void restart() throws Exception {
        quit();
        startAgain();
    }

    /** Stops the app, if still running, and closes its stages. */
    public void stop() throws Exception {
        quit();
        FxToolkit.cleanupStages();
    }
}
