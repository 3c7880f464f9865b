package org.cgtatlas.feature.backup;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cgtatlas.core.db.AutomaticBackup;
import org.cgtatlas.core.db.BackupTier;
import org.cgtatlas.core.i18n.Messages;

/**
 * File ▸ Restore…: the automatic backups, newest first, each with the tiers that keep it ("daily, weekly"), and a way
 * to pick any other backup file. Answers the chosen backup, or that another file is wanted, or nothing.
 */
final class RestoreDialog {

    /** What the user chose: a listed backup, or {@code otherFile} to open a file chooser. */
    record Choice(Path backup, boolean otherFile) {
    }

    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    private final Dialog<Choice> dialog = new Dialog<>();
    private final TableView<AutomaticBackup> table = new TableView<>();

    RestoreDialog(Window owner, List<AutomaticBackup> backups) {
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("restore.confirm.header"));
        dialog.setHeaderText(Messages.get("restore.confirm.header"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("restore-dialog");
        table.setId("restore-backups");
        TableColumn<AutomaticBackup, String> taken = new TableColumn<>(Messages.get("restore.column.taken"));
        taken.setCellValueFactory(cell -> new ReadOnlyStringWrapper(TAKEN.format(cell.getValue().takenAt())));
        taken.setPrefWidth(190);
        TableColumn<AutomaticBackup, String> kept = new TableColumn<>(Messages.get("restore.column.kept"));
        kept.setCellValueFactory(cell -> new ReadOnlyStringWrapper(tiers(cell.getValue())));
        kept.setPrefWidth(300);
        table.getColumns().setAll(List.of(taken, kept));
        table.getItems().setAll(backups);
        table.setPlaceholder(new Label(Messages.get("restore.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(520, 320);
        Label intro = new Label(Messages.get("restore.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(520);
        dialog.getDialogPane().setContent(new VBox(10, intro, table));

        ButtonType restore = new ButtonType(Messages.get("restore.selected"), ButtonBar.ButtonData.OK_DONE);
        ButtonType other = new ButtonType(Messages.get("restore.otherFile"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(other, restore, ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(restore)).disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(button -> button == restore ? new Choice(table.getSelectionModel().getSelectedItem().file(), false)
                : button == other ? new Choice(null, true) : null);
    }

    /** The tiers that keep a backup, in the order of {@link BackupTier}: "daily, weekly, monthly". */
    static String tiers(AutomaticBackup backup) {
        return backup.tiers().stream().sorted().map(tier -> Messages.get("backup.tier." + tier.name()))
                .collect(Collectors.joining(", "));
    }

    Optional<Choice> showAndWait() {
        return dialog.showAndWait();
    }
}
