package org.cgtatlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.landscape.LandscapeCache;
import org.cgtatlas.testing.RunningApp;
import org.cgtatlas.ui.navigation.ScreenId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The wiring of the whole window: every screen that shows data follows the one snapshot. */
class MainWindowAssemblyTest {

    @RegisterExtension
    final RunningApp running = RunningApp.startedForEachTest();

    private final FxRobot robot = new FxRobot();

    @Test
    void oneEditReadsTheDatasetOnceHoweverManyScreensShowIt() throws Exception {
        FxToolkit.setupStage(Stage::toFront);
        for (ScreenId screen : ScreenId.values()) {
            robot.clickOn("#nav-" + screen.name().toLowerCase(Locale.ROOT));
            WaitForAsyncUtils.waitForFxEvents();
        }
        AppServices services = running.app().services();
        LandscapeCache landscape = services.landscape();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> landscape.loads() >= 1);
        settle(running.app());
        int before = landscape.loads();

        CollaborationEvent event = services.events().findAll().get(0);
        services.events().save(new CollaborationEvent(event.id(), event.type(), event.title() + " (edited)", event.date(),
                event.endDate(), event.participants(), event.countryCodes(), event.dealValue(), event.currency(),
                event.place(), event.description(), event.parentEventId(), event.citations(), event.provenance()));
        WaitForAsyncUtils.asyncFx(services.dataRevision()::changed).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> landscape.loads() > before);
        settle(running.app());

        assertThat(landscape.loads() - before).isEqualTo(1);
        assertThat(landscape.current().events()).anyMatch(stored -> stored.title().endsWith("(edited)"));
    }

    /** Waits until every screen's reload has run (they were all queued when the revision changed). */
    private static void settle(CgtAtlasApp app) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(app::busy).get() == Boolean.FALSE);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
