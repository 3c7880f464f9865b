package org.cgtatlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hansolo.tilesfx.Tile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cgtatlas.testing.RunningApp;
import org.cgtatlas.ui.Shortcut;
import org.cgtatlas.ui.timeline.TimelineControl;
import org.cgtatlas.ui.timeline.TimelineItem;
import org.cgtatlas.ui.timeline.TimelineSkin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole app driven from the keyboard, headless: where focus goes, what Enter opens, what the keys promise. */
class KeyboardTest {

    @RegisterExtension
    final RunningApp running = RunningApp.startedForEachTest();

    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startApp() throws Exception {
        FxToolkit.setupStage(Stage::toFront);
        waitUntil(() -> robot.lookup("#tile-programmes").tryQuery().isPresent());
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focusOwner() {
        return running.stage().getScene().getFocusOwner();
    }

    private String focusOwnerId() {
        return focusOwner() == null ? null : focusOwner().getId();
    }

    private boolean showing(String screenId) {
        return robot.lookup("#" + screenId).tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#" + screenId).query().getScene() != null;
    }

    @Test
    void dashboardTilesTakeFocusAndOpenWithEnterOrSpace() throws Exception {
        Tile events = robot.lookup("#tile-events").queryAs(Tile.class);
        assertThat(events.isFocusTraversable()).isTrue();
        robot.interact(events::requestFocus);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing("screen-timeline"));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> showing("screen-dashboard"));
        robot.interact(() -> robot.lookup("#tile-country-KR").query().requestFocus());
        robot.type(KeyCode.SPACE);
        waitUntil(() -> showing("screen-countries"));
    }

    @Test
    void clearingAFilterChipLeavesFocusInTheFiltersNotInTheGlobalSearch() throws Exception {
        robot.clickOn("#nav-pipeline");
        waitUntil(() -> robot.lookup("#pipelineFilterText").tryQuery().isPresent());
        robot.clickOn("#pipelineFilterText").write("cartistem");
        waitUntil(() -> robot.lookup("#chip-remove-text").tryQuery().isPresent());

        robot.clickOn("#chip-remove-text");
        waitUntil(() -> robot.lookup("#chip-text").tryQuery().isEmpty());

        assertThat(focusOwnerId()).isEqualTo("pipelineFilterText");
    }

    @Test
    void clickingAMatrixCellKeepsTheFocusOnThatCell() throws Exception {
        robot.interact(() -> {
            running.stage().setWidth(1400);
            running.stage().setHeight(900);
        });
        robot.clickOn("#nav-timeline");
        waitUntil(() -> robot.lookup("#timeline-tab-matrix").tryQuery().isPresent());
        robot.clickOn("#timeline-tab-matrix");
        waitUntil(() -> robot.lookup("#matrix-TW-JP").tryQuery().isPresent());

        robot.clickOn("#matrix-TW-JP");
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(focusOwnerId()).as("focus owner %s", focusOwner()).isEqualTo("matrix-TW-JP");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwnerId()).as("pressed again with Space, the cell keeps the focus").isEqualTo("matrix-TW-JP");
    }

    @Test
    void theArrowKeysOnTheTimelineKeepTheSelectedEventInView() throws Exception {
        robot.interact(() -> {
            running.stage().setWidth(1024);
            running.stage().setHeight(700);
        });
        robot.clickOn("#nav-timeline");
        waitUntil(() -> robot.lookup("#timeline-control").tryQuery().isPresent());
        TimelineControl timeline = robot.lookup("#timeline-control").queryAs(TimelineControl.class);
        waitUntil(() -> timeline.indexProperty().get().size() > 20);
        TimelineSkin skin = (TimelineSkin) timeline.getSkin();
        robot.interact(timeline::requestFocus);
        robot.type(KeyCode.HOME);

        Set<String> notInView = new HashSet<>();
        int steps = Math.min(60, timeline.indexProperty().get().size() - 1);
        for (int step = 0; step < steps; step++) {
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            TimelineItem selected = timeline.getSelectedItem();
            if (skin.boundsOf(selected.id()).isEmpty()) {
                notInView.add(selected.id());
            }
        }

        assertThat(notInView).as("events selected with → but drawn out of view").isEmpty();
    }

    @Test
    void aGlobalSearchWithoutHitsSaysSo() throws Exception {
        robot.clickOn("#globalSearch").write("zqxjv");

        waitUntil(() -> robot.lookup("#searchNoHits").tryQuery().map(Node::isVisible).orElse(false));

        assertThat(robot.lookup("#searchNoHits").queryAs(Label.class).getText()).startsWith("No matches for “zqxjv”");
    }

    @Test
    void helpKeyboardShortcutsListsEveryShortcutAndTheMenusUseTheSameKeys() throws Exception {
        robot.press(KeyCode.SHIFT, KeyCode.F1).release(KeyCode.F1, KeyCode.SHIFT);
        waitUntil(() -> robot.lookup("#keyboardShortcuts").tryQuery().isPresent());
        List<String> listed = robot.lookup("#keyboardShortcuts .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        for (Shortcut shortcut : Shortcut.values()) {
            assertThat(listed).as("the dialog lists %s", shortcut).contains(shortcut.description(), shortcut.displayKeys());
        }
        robot.type(KeyCode.ESCAPE);

        Set<KeyCombination> registered = new HashSet<>(running.stage().getScene().getAccelerators().keySet());
        MenuBar menuBar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        menuBar.getMenus().forEach(menu -> collectAccelerators(menu, registered));
        for (Shortcut shortcut : Shortcut.values()) {
            if (shortcut.isAccelerator() && shortcut != Shortcut.UNDO) {
                assertThat(registered).as("%s is registered", shortcut).contains(shortcut.combination());
            }
        }
    }

    private static void collectAccelerators(Menu menu, Set<KeyCombination> into) {
        for (MenuItem item : menu.getItems()) {
            if (item.getAccelerator() != null) {
                into.add(item.getAccelerator());
            }
            if (item instanceof Menu submenu) {
                collectAccelerators(submenu, into);
            }
        }
    }

    @Test
    void aMenuOpensAgainAfterEscape() throws Exception {
        MenuBar menuBar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu file = menuBar.getMenus().get(0);
        for (int attempt = 0; attempt < 3; attempt++) {
            robot.clickOn(file.getText().replace("_", ""));
            waitUntil(file::isShowing);
            robot.type(KeyCode.ESCAPE);
            waitUntil(() -> !file.isShowing());
        }
        robot.press(KeyCode.ALT, KeyCode.F).release(KeyCode.F, KeyCode.ALT);
        waitUntil(file::isShowing);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !file.isShowing());
        robot.press(KeyCode.ALT, KeyCode.F).release(KeyCode.F, KeyCode.ALT);
        waitUntil(file::isShowing);
        assertThat(Window.getWindows()).anyMatch(window -> window.isShowing() && window != running.stage());
    }

    @Test
    void aMenuOpensWithTheFirstClickWhileSearchResultsAreShown() throws Exception {
        robot.clickOn("#globalSearch").write("car");
        waitUntil(() -> robot.lookup("#searchResults").tryQuery().map(node -> node.getScene().getWindow().isShowing()).orElse(false));
        MenuBar menuBar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu file = menuBar.getMenus().get(0);

        robot.clickOn(file.getText().replace("_", ""));

        waitUntil(file::isShowing);
        assertThat(file.isShowing()).isTrue();
    }
}
