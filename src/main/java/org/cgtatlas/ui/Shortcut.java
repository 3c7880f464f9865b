package org.cgtatlas.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.cgtatlas.core.i18n.Messages;

/**
 * Every keyboard shortcut of the app, in the order Help ▸ Keyboard shortcuts lists them. The menus and screens
 * register their accelerators from here, and the dialog and {@code docs/keyboard.md} (checked by a test) are built
 * from the same list, so what the app does and what it says it does cannot drift apart.
 */
public enum Shortcut {
    SEARCH(Group.WINDOW, "Ctrl+K", shortcut(KeyCode.K)),
    SEARCH_AGAIN(Group.WINDOW, "Ctrl+F", shortcut(KeyCode.F)),
    SCREEN_DASHBOARD(Group.WINDOW, "Ctrl+1", shortcut(KeyCode.DIGIT1)),
    SCREEN_COUNTRIES(Group.WINDOW, "Ctrl+2", shortcut(KeyCode.DIGIT2)),
    SCREEN_PIPELINE(Group.WINDOW, "Ctrl+3", shortcut(KeyCode.DIGIT3)),
    SCREEN_TIMELINE(Group.WINDOW, "Ctrl+4", shortcut(KeyCode.DIGIT4)),
    SCREEN_TRIALS(Group.WINDOW, "Ctrl+5", shortcut(KeyCode.DIGIT5)),
    SCREEN_SOURCES(Group.WINDOW, "Ctrl+6", shortcut(KeyCode.DIGIT6)),
    MENUS(Group.WINDOW, "F10", null),
    NEXT_CONTROL(Group.WINDOW, "Tab / Shift+Tab", null),
    ACTIVATE(Group.WINDOW, "Enter / Space", null),
    CLOSE(Group.WINDOW, "Esc", null),
    DARK_THEME(Group.WINDOW, "Ctrl+Shift+L", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    ZOOM_IN(Group.WINDOW, "Ctrl+=", shortcut(KeyCode.EQUALS)),
    ZOOM_OUT(Group.WINDOW, "Ctrl+-", shortcut(KeyCode.MINUS)),
    ZOOM_RESET(Group.WINDOW, "Ctrl+0", shortcut(KeyCode.DIGIT0)),
    KEYBOARD_HELP(Group.WINDOW, "Shift+F1", new KeyCodeCombination(KeyCode.F1, KeyCombination.SHIFT_DOWN)),
    ABOUT(Group.WINDOW, "F1", new KeyCodeCombination(KeyCode.F1)),
    IMPORT(Group.FILE, "Ctrl+I", shortcut(KeyCode.I)),
    EXPORT_SNAPSHOT(Group.FILE, "Ctrl+E", shortcut(KeyCode.E)),
    COPY_IMAGE(Group.FILE, "Ctrl+Shift+C", new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    PRINT(Group.FILE, "Ctrl+P", shortcut(KeyCode.P)),
    BACKUP(Group.FILE, "Ctrl+Shift+B", new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    RESTORE(Group.FILE, "Ctrl+Shift+R", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    QUIT(Group.FILE, "Ctrl+Q", shortcut(KeyCode.Q)),
    SEARCH_RESULTS(Group.SCREENS, "↑ / ↓, Enter", null),
    UNDO(Group.SCREENS, "Ctrl+Z", shortcut(KeyCode.Z)),
    DELETE_ROW(Group.SCREENS, "Delete", null),
    CLEAR_FILTER_TEXT(Group.SCREENS, "Esc", null),
    TIMELINE_NEXT(Group.SCREENS, "← / →", null),
    TIMELINE_ENDS(Group.SCREENS, "Home / End", null),
    TIMELINE_ZOOM(Group.SCREENS, "+ / −", null);

    /** Where a shortcut works, the dialog's headings. */
    public enum Group {
        WINDOW, FILE, SCREENS;

        public String label() {
            return Messages.get("shortcuts.group." + name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final Group group;
    private final String keys;
    private final KeyCombination combination;

    Shortcut(Group group, String keys, KeyCombination combination) {
        this.group = group;
        this.keys = keys;
        this.combination = combination;
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    public Group group() {
        return group;
    }

    /** The keys as the documentation writes them (Ctrl stands for ⌘ on macOS). */
    public String keys() {
        return keys;
    }

    /** The accelerator to register; throws for keys a control handles itself (Tab, arrows), which have none. */
    public KeyCombination combination() {
        if (combination == null) {
            throw new IllegalStateException(name() + " is handled by its control and has no accelerator");
        }
        return combination;
    }

    public boolean isAccelerator() {
        return combination != null;
    }

    /** The keys as this system shows them in menus (⌘ on macOS), for the dialog. */
    public String displayKeys() {
        return combination == null ? keys : combination.getDisplayText();
    }

    public String description() {
        return Messages.get("shortcuts." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
