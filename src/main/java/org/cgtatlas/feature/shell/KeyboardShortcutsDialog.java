package org.cgtatlas.feature.shell;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.ui.Shortcut;

/** Help ▸ Keyboard shortcuts: every {@link Shortcut}, grouped, as this system writes its keys. */
final class KeyboardShortcutsDialog {

    private KeyboardShortcutsDialog() {
    }

    static void show(Window owner) {
        build(owner).show();
    }

    static Alert build(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("shortcuts.title"));
        alert.setHeaderText(Messages.get("shortcuts.header"));
        alert.setGraphic(null);
        alert.getDialogPane().setId("keyboardShortcuts");
        ScrollPane scroll = new ScrollPane(table());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        scroll.setPrefViewportWidth(620);
        alert.getDialogPane().setContent(scroll);
        alert.setResizable(true);
        return alert;
    }

    private static GridPane table() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        int row = 0;
        Shortcut.Group group = null;
        for (Shortcut shortcut : Shortcut.values()) {
            if (shortcut.group() != group) {
                group = shortcut.group();
                Label heading = new Label(group.label());
                heading.getStyleClass().add(Styles.TITLE_4);
                grid.add(heading, 0, row++, 2, 1);
            }
            Label keys = new Label(shortcut.displayKeys());
            keys.getStyleClass().addAll("shortcut-keys", Styles.TEXT_BOLD);
            keys.setMinWidth(Label.USE_PREF_SIZE);
            Label description = new Label(shortcut.description());
            description.setWrapText(true);
            grid.addRow(row++, keys, description);
        }
        return grid;
    }
}
