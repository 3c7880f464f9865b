package org.cgtatlas.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.cgtatlas.core.db.DamagedDatabaseException;
import org.cgtatlas.core.i18n.Messages;

/** Tells the analyst the database file was damaged and kept aside, and asks how to go on. */
final class DamagedDatabaseDialog {

    enum Choice { RESTORE_NEWEST_BACKUP, START_FRESH, QUIT }

    private DamagedDatabaseDialog() {
    }

    static Choice ask(DamagedDatabaseException damaged) {
        ButtonType restore = new ButtonType(Messages.get("damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType fresh = new ButtonType(Messages.get("damaged.fresh"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(Messages.get("damaged.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        List<ButtonType> buttons = new ArrayList<>();
        if (damaged.newestBackup().isPresent()) {
            buttons.add(restore);
        }
        buttons.add(fresh);
        buttons.add(quit);
        Alert alert = new Alert(Alert.AlertType.WARNING, damaged.getMessage(), buttons.toArray(ButtonType[]::new));
        alert.setTitle(Messages.get("damaged.title"));
        alert.setHeaderText(Messages.get("damaged.title"));
        alert.getDialogPane().setPrefWidth(620);
        ButtonType answer = alert.showAndWait().orElse(quit);
        if (answer == restore) {
            return Choice.RESTORE_NEWEST_BACKUP;
        }
        return answer == fresh ? Choice.START_FRESH : Choice.QUIT;
    }
}
