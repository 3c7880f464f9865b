package org.cgtatlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.cgtatlas.core.i18n.Messages;
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
    void theFileMenuBeginsWithAnItemAndItsSeparatorsOnlySeparateItems() {
        List<MenuItem> items = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems();
        assertThat(items.get(0)).isNotInstanceOf(SeparatorMenuItem.class);
        assertThat(items.get(items.size() - 1).getText()).isEqualTo(Messages.get("menu.file.quit"));
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i) instanceof SeparatorMenuItem && items.get(i - 1) instanceof SeparatorMenuItem)
                    .as("two separators in a row at %d", i).isFalse();
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
