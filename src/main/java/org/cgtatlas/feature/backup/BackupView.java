package org.cgtatlas.feature.backup;

import java.io.File;
import java.nio.file.Files;
import java.time.LocalDate;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cgtatlas.ui.Shortcut;
import org.cgtatlas.core.i18n.Messages;

/** The Backup… and Restore… menu items with their file choosers and the restore confirmation. */
public final class BackupView {

    private final BackupController controller;
    private final Window owner;

    public BackupView(BackupController controller, Window owner) {
        this.controller = controller;
        this.owner = owner;
    }

    public MenuItem[] menuItems() {
        MenuItem backup = new MenuItem(Messages.get("menu.file.backup"));
        backup.setAccelerator(Shortcut.BACKUP.combination());
        backup.setOnAction(event -> backup());
        MenuItem restore = new MenuItem(Messages.get("menu.file.restore"));
        restore.setAccelerator(Shortcut.RESTORE.combination());
        restore.setOnAction(event -> restore());
        return new MenuItem[] {backup, restore};
    }

    private void backup() {
        FileChooser chooser = chooser(Messages.get("backup.choose"));
        chooser.setInitialFileName("cgt-atlas-backup-" + LocalDate.now() + ".zip");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            controller.backupTo(file.toPath(), written -> inform(Messages.get("backup.done", written)));
        }
    }

    private void restore() {
        controller.listBackups(backups -> new RestoreDialog(owner, backups).showAndWait().ifPresent(choice -> {
            if (choice.otherFile()) {
                chooseFileToRestore();
            } else {
                confirmRestore(choice.backup().toFile());
            }
        }));
    }

    private void chooseFileToRestore() {
        FileChooser chooser = chooser(Messages.get("restore.choose"));
        if (Files.isDirectory(controller.backupFolder())) {
            chooser.setInitialDirectory(controller.backupFolder().toFile());
        }
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            confirmRestore(file);
        }
    }

    private void confirmRestore(File file) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("restore.confirm", file),
                ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(owner);
        confirm.setHeaderText(Messages.get("restore.confirm.header"));
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            controller.restoreFrom(file.toPath(), restored -> inform(Messages.get("restore.done", restored)));
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("backup.filter"), "*.zip"));
        return chooser;
    }

    private void inform(String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        alert.showAndWait();
    }
}
