package org.cgtatlas.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.stage.Stage;
import org.cgtatlas.feature.shell.MainWindowController;
import org.cgtatlas.landscape.pipeline.PipelineFilter;
import org.cgtatlas.ui.navigation.ScreenId;

/**
 * The main window, built through the real wiring in an off-screen scene at the Pipeline screen, driven as a user would:
 * a global search or a Pipeline text filter is asked for on the FX thread and timed until its answer is on screen
 * (the model's list changed), for {@code cgt-atlas bench responsiveness}. An import can run meanwhile.
 */
public final class ResponsivenessProbe implements AutoCloseable {

    private static final long ANSWER_TIMEOUT_MINUTES = 30;

    private final MainWindowAssembly window;

    private ResponsivenessProbe(MainWindowAssembly window) {
        this.window = window;
    }

    public static ResponsivenessProbe open(AppServices services) throws Exception {
        JavaFxRuntime.ensureStarted();
        MainWindowAssembly window = HeadlessScreenCapture.onFxThread(() -> {
            Stage stage = new Stage();
            MainWindowAssembly assembly = new MainWindowAssembly(services, stage, HeadlessScreenCapture::cannotOpenLinks);
            // The stage is never shown; it holds the scene so that the import's summary dialog has an owner to style it.
            stage.setScene(assembly.offscreenScene(ScreenId.PIPELINE, HeadlessScreenCapture.WIDTH, HeadlessScreenCapture.HEIGHT));
            return assembly;
        });
        HeadlessScreenCapture.waitUntilLoaded(window);
        return new ResponsivenessProbe(window);
    }

    /** How long the global search waits for the next keystroke before it runs; part of every search's time. */
    public static Duration typingPause() {
        return MainWindowController.TYPING_PAUSE;
    }

    /** Milliseconds from asking the global search, past its typing pause, to its hits being shown. */
    public double search(String query) throws Exception {
        return timed(window.model().searchResults(), list -> window.controller().searchNow(query));
    }

    /** Milliseconds from setting the Pipeline's text filter to the filtered rows being shown. */
    public double filterPipeline(String text) throws Exception {
        return timed(window.pipelineModel().rows(), list -> window.pipelineController().setFilter(PipelineFilter.NONE.withText(text)));
    }

    /** Starts importing the file as File ▸ Import… does; it runs in the background. */
    public void startImport(Path file) throws Exception {
        HeadlessScreenCapture.onFxThread(() -> {
            window.trialImport().importFile(file);
            return null;
        });
    }

    public boolean busy() throws Exception {
        return HeadlessScreenCapture.onFxThread(() -> window.busyProperty().get());
    }

    private static <E> double timed(ObservableList<E> answer, Consumer<ObservableList<E>> ask) throws Exception {
        CompletableFuture<Long> shown = new CompletableFuture<>();
        ListChangeListener<E> listener = change -> shown.complete(System.nanoTime());
        long asked = HeadlessScreenCapture.onFxThread(() -> {
            answer.addListener(listener);
            long now = System.nanoTime();
            ask.accept(answer);
            return now;
        });
        try {
            return (shown.get(ANSWER_TIMEOUT_MINUTES, TimeUnit.MINUTES) - asked) / 1e6;
        } finally {
            HeadlessScreenCapture.onFxThread(() -> {
                answer.removeListener(listener);
                return null;
            });
        }
    }

    @Override
    public void close() {
        window.closeWithoutSaving();
    }
}
