package org.cgtatlas.app.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Reports the start-up milestones on standard output when {@value #PROPERTY} is set, for {@code cgt-atlas bench
 * startup} and the installer's class-data archive run: one line when the first frame is laid out, one when the
 * content is, with the peak resident memory so far; then it quits the application. Without the property it does
 * nothing.
 */
public final class StartupProbe {

    public static final String PROPERTY = "cgt.atlas.startup.probe";
    public static final String PREFIX = "cgt-atlas-startup ";
    public static final String FIRST_FRAME = "first-frame";
    public static final String CONTENT_DRAWN = "content-drawn";
    public static final String PEAK_RSS = "peak-rss-kb=";

    private final Stage stage;
    private final Predicate<Scene> contentDrawn;
    private final Runnable listener = this::afterLayout;
    private boolean firstFrameReported;
    private boolean contentReported;

    private StartupProbe(Stage stage, Predicate<Scene> contentDrawn) {
        this.stage = stage;
        this.contentDrawn = contentDrawn;
    }

    /**
     * Call before {@code stage.show()}, with the first scene set. After every layout pulse (the frame is painted
     * right after it) the stage's scene, also one that replaces the first, is checked until {@code contentDrawn}
     * holds.
     */
    public static void attachIfRequested(Stage stage, Predicate<Scene> contentDrawn) {
        if (System.getProperty(PROPERTY) == null) {
            return;
        }
        StartupProbe probe = new StartupProbe(stage, contentDrawn);
        stage.getScene().addPostLayoutPulseListener(probe.listener);
        stage.sceneProperty().addListener((property, before, now) -> {
            before.removePostLayoutPulseListener(probe.listener);
            if (now != null && !probe.contentReported) {
                now.addPostLayoutPulseListener(probe.listener);
            }
        });
    }

    private void afterLayout() {
        Scene scene = stage.getScene();
        if (!stage.isShowing() || contentReported) {
            return;
        }
        if (!firstFrameReported) {
            firstFrameReported = true;
            report(FIRST_FRAME);
        }
        if (contentDrawn.test(scene)) {
            contentReported = true;
            scene.removePostLayoutPulseListener(listener);
            report(CONTENT_DRAWN + " " + PEAK_RSS + peakResidentKilobytes());
            Platform.runLater(Platform::exit);
        }
    }

    private static void report(String milestone) {
        System.out.println(PREFIX + milestone);
        System.out.flush();
    }

    /** VmHWM from /proc (Linux); -1 where there is none. */
    static long peakResidentKilobytes() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        try {
            return Files.readAllLines(status).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong)
                    .findFirst().orElse(-1);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }
}
