package org.cgtatlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.cgtatlas.testing.RunningApp;
import org.cgtatlas.ui.navigation.ScreenId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the whole application on a temporary data folder, headless, and uses it as an analyst would. */
class CgtAtlasAppTest {

    @RegisterExtension
    final RunningApp running = RunningApp.startedForEachTest();

    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startApp() throws Exception {
        assertThat(running.stage().isShowing()).isTrue();
    }

    @Test
    void everySidebarEntryShowsItsScreen() {
        for (ScreenId screen : ScreenId.values()) {
            String name = screen.name().toLowerCase(java.util.Locale.ROOT);
            robot.clickOn("#nav-" + name);
            WaitForAsyncUtils.waitForFxEvents();
            Node root = robot.lookup("#screen-" + name).query();
            assertThat(root.isVisible()).isTrue();
            assertThat(root.getScene()).isNotNull();
        }
    }

    @Test
    void theSearchShortcutFocusesTheSearchFieldAndFindsScreens() {
        robot.clickOn("#nav-sources");
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField search = robot.lookup("#globalSearch").queryAs(TextField.class);
        assertThat(search.isFocused()).isTrue();

        robot.write("Timel");
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#screen-timeline").tryQuery()).isPresent();
    }

    @Test
    void theLastScreenAndThemeAreRememberedBetweenRuns() throws Exception {
        robot.clickOn("#nav-pipeline");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        running.quit();
        Path settings = running.dataFolder().resolve(AppServices.SETTINGS_FILE);
        assertThat(Files.readString(settings)).contains("window.screen=PIPELINE").contains("window.theme=DARK");

        running.startAgain();
        assertThat(robot.lookup("#screen-pipeline").tryQuery()).isPresent();
    }
}
