package org.cgtatlas.ui.briefing;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Briefing;
import org.cgtatlas.export.briefing.ListedBriefing;

/**
 * File ▸ Briefings… and the Dashboard's link: the briefings pinned by PDF exports, newest first, with Open and Show in
 * folder for a file still there, and "file moved or deleted" for one that is not. Enter opens the selected file.
 */
public final class BriefingsDialog {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final TableView<ListedBriefing> table = new TableView<>();
    private final Label empty = new Label(Messages.get("briefings.empty"));
    private final Consumer<String> openUrl;

    private BriefingsDialog(Consumer<String> openUrl) {
        this.openUrl = openUrl;
    }

    /** Loads the list on the database lane, then shows it; {@code openUrl} opens a file:// address (file or folder). */
    public static void show(Window owner, TaskExecutor tasks, Supplier<List<ListedBriefing>> briefings, Consumer<String> openUrl) {
        tasks.task(Messages.get("briefings.loading"), progress -> briefings.get())
                .onSuccess(listed -> build(owner, listed, openUrl).show())
                .start();
    }

    /** The dialog, not yet shown. */
    public static Alert build(Window owner, List<ListedBriefing> briefings, Consumer<String> openUrl) {
        return new BriefingsDialog(openUrl).alert(owner, briefings);
    }

    private Alert alert(Window owner, List<ListedBriefing> briefings) {
        Alert alert = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("briefings.title"));
        alert.setHeaderText(Messages.get("briefings.header"));
        alert.getDialogPane().setId("briefings");
        alert.setResizable(true);

        table.setId("briefingsTable");
        table.getColumns().setAll(List.of(
                column(Messages.get("briefings.column.date"), 130,
                        listed -> SHOWN.format(listed.briefing().createdAt().atZone(ZoneId.systemDefault()))),
                column(Messages.get("briefings.column.title"), 230, listed -> listed.briefing().title()),
                column(Messages.get("briefings.column.sections"), 170, listed -> String.join(", ", listed.briefing().sections())),
                column(Messages.get("briefings.column.by"), 80, listed -> listed.briefing().createdBy()),
                column(Messages.get("briefings.column.file"), 250, BriefingsDialog::fileText)));
        table.getItems().setAll(briefings);
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(860, 360);
        table.getSelectionModel().selectFirst();
        VBox.setVgrow(table, Priority.ALWAYS);

        BooleanBinding noFile = Bindings.createBooleanBinding(() -> !hasFile(table.getSelectionModel().getSelectedItem()),
                table.getSelectionModel().selectedItemProperty());
        Button open = new Button(Messages.get("briefings.open"));
        open.setId("briefingOpen");
        open.setDefaultButton(true);
        open.disableProperty().bind(noFile);
        open.setOnAction(event -> openSelected(false));
        Button folder = new Button(Messages.get("briefings.showInFolder"));
        folder.setId("briefingShowInFolder");
        folder.disableProperty().bind(noFile);
        folder.setOnAction(event -> openSelected(true));
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && !noFile.get()) {
                openSelected(false);
                event.consume();
            }
        });
        Label hint = new Label(Messages.get("briefings.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        HBox actions = new HBox(8, open, folder);
        alert.getDialogPane().setContent(new VBox(10, table, actions, hint));
        alert.setOnShown(event -> table.requestFocus());
        return alert;
    }

    private static TableColumn<ListedBriefing, String> column(String title, double width,
                                                               Function<ListedBriefing, String> text) {
        TableColumn<ListedBriefing, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return column;
    }

    /** The file's name and, unless it is the file written, what became of it. */
    private static String fileText(ListedBriefing listed) {
        String name = String.valueOf(Path.of(listed.briefing().filePath()).getFileName());
        return listed.file() == ListedBriefing.FileState.PRESENT ? name : name + " — " + listed.file().label();
    }

    private static boolean hasFile(ListedBriefing listed) {
        return listed != null && listed.file() != ListedBriefing.FileState.MISSING;
    }

    private void openSelected(boolean folder) {
        Briefing briefing = table.getSelectionModel().getSelectedItem().briefing();
        Path file = Path.of(briefing.filePath());
        openUrl.accept((folder ? file.getParent() : file).toUri().toString());
    }
}
