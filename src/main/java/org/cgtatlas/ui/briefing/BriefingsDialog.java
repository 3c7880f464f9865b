package org.cgtatlas.ui.briefing;

import atlantafx.base.theme.Styles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
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

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double WIDTH = 940;
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
                column(Messages.get("briefings.column.date"), 150,
                        listed -> SHOWN.format(listed.briefing().createdAt().atZone(ZoneId.systemDefault()))),
                column(Messages.get("briefings.column.title"), 350, BriefingsDialog::titleText),
                column(Messages.get("briefings.column.sections"), 150, listed -> String.join(", ", listed.briefing().sections())),
                column(Messages.get("briefings.column.by"), 55, listed -> listed.briefing().createdBy()),
                column(Messages.get("briefings.column.file"), 205, BriefingsDialog::fileText)));
        table.getColumns().get(0).setMinWidth(150);
        table.getItems().setAll(briefings);
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(340);
        // Wide enough for the columns, never wider than the window (readable at 1024 × 700).
        double width = owner == null ? WIDTH : Math.min(WIDTH, owner.getWidth() - 40);
        alert.getDialogPane().setMinWidth(width);
        alert.getDialogPane().setPrefWidth(width);
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
        column.setCellFactory(list -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        return column;
    }

    /** The title, with the filters it applied (e.g. "JP · CAR_T") when there were any. */
    private static String titleText(ListedBriefing listed) {
        try {
            Map<String, String> filters = JSON.readValue(listed.briefing().filters(), new TypeReference<Map<String, String>>() { });
            return filters.isEmpty() ? listed.briefing().title()
                    : listed.briefing().title() + " (" + String.join(" · ", filters.values()) + ")";
        } catch (JsonProcessingException e) {
            return listed.briefing().title();
        }
    }

    /** The file's name, after what became of it unless it is the file written (first, so a narrow column shows it). */
    private static String fileText(ListedBriefing listed) {
        String name = String.valueOf(Path.of(listed.briefing().filePath()).getFileName());
        return listed.file() == ListedBriefing.FileState.PRESENT ? name
                : Messages.get("briefings.fileState", capitalised(listed.file().label()), name);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
