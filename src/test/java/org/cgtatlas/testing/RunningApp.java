package org.cgtatlas.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.cgtatlas.app.CgtAtlasApp;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole application running headless on a fresh temporary data folder, one per test:
 * <pre>
 * &#64;RegisterExtension
 * final RunningApp running = RunningApp.startedForEachTest();
 * </pre>
 * The app is started before the test class's own {@code @BeforeEach} methods and stopped after its
 * {@code @AfterEach} methods. {@link #startedByTheTest()} leaves the start to the test, so that it can prepare the
 * data folder first. {@link #quit()} and {@link #startAgain()} let a test look at the folder between two runs.
 */
public final class RunningApp implements BeforeEachCallback, AfterEachCallback {

    private final boolean startBeforeEach;
    private Path dataFolder;
    private Stage stage;
    private CgtAtlasApp app;

    private RunningApp(boolean startBeforeEach) {
        this.startBeforeEach = startBeforeEach;
    }

    /** Started on a fresh data folder before each test. */
    public static RunningApp startedForEachTest() {
        return new RunningApp(true);
    }

    /** A fresh data folder before each test; the test calls {@link #start()} once it has prepared it. */
    public static RunningApp startedByTheTest() {
        return new RunningApp(false);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dataFolder = Files.createTempDirectory("cgt-atlas-test");
        if (startBeforeEach) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (stage != null) {
                quit();
                FxToolkit.cleanupStages();
            }
        } finally {
            deleteRecursively(dataFolder);
            stage = null;
        }
    }

    /** Starts the app with {@code --data-dir=} the data folder and waits for its first events to be handled. */
    public void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        startAgain();
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
        app.windowReady().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** {@link #quit()} then {@link #startAgain()}. */
    public void restart() throws Exception {
        quit();
        startAgain();
    }

    public CgtAtlasApp app() {
        return app;
    }

    /** The primary stage the app was started on. */
    public Stage stage() {
        return stage;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
