package org.cgtatlas.ui.history;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.FieldChange;
import org.cgtatlas.domain.RecordChange;

/**
 * A record's history: its logged changes, newest first (when, who, why, what), and for the one selected the fields it
 * changed, before → after. "Revert to this version" hands the selected change to the screen that opened the dialog,
 * which writes the record back through its repository (logged, and undone by its Undo).
 */
public final class HistoryDialog {

    private static final double PREFERRED_WIDTH = 900;
    private static final double PREFERRED_HEIGHT = 600;

    private final Dialog<Void> dialog = new Dialog<>();
    private final TableView<RecordChange> changes = new TableView<>();
    private final TableView<FieldChange> fields = new TableView<>();
    private final Button revert = new Button(Messages.get("history.revert"));
    private final VBox content;
    private final HBox actions;

    /**
     * @param canRevert  whether a change's version can be written back (the screen knows which records it edits)
     * @param onRevert   called with the chosen version once the analyst asked for it; the dialog is closed by then
     */
    public HistoryDialog(Window owner, String recordTitle, List<RecordChange> history, Predicate<RecordChange> canRevert,
                         Consumer<RecordChange> onRevert) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("history.title", recordTitle));
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("historyDialog");

        Label heading = new Label(Messages.get("history.heading", recordTitle, history.size()));
        heading.setId("historyHeading");
        heading.setWrapText(true);
        heading.getStyleClass().add("title-4");

        changes.setId("historyChanges");
        changes.getItems().setAll(history);
        changes.setPlaceholder(new Label(Messages.get("history.none")));
        changes.getColumns().setAll(List.of(
                column(Messages.get("history.column.when"), 155, ChangeTimes::of),
                column(Messages.get("history.column.who"), 100, RecordChange::changedBy),
                column(Messages.get("history.column.cause"), 130, change -> Messages.get("history.cause." + change.cause().key())),
                column(Messages.get("history.column.operation"), 80,
                        change -> Messages.get("history.operation." + change.operation().key())),
                column(Messages.get("history.column.fields"), 380, HistoryDialog::fieldNames)));
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        changes.setPrefHeight(200);
        changes.setMinHeight(170);

        fields.setId("historyFields");
        fields.setPlaceholder(new Label(Messages.get("history.selectChange")));
        fields.getColumns().setAll(List.of(
                wrapping(Messages.get("history.column.field"), 140, field -> FieldNames.human(field.field())),
                wrapping(Messages.get("history.column.before"), 340, FieldChange::before),
                wrapping(Messages.get("history.column.after"), 340, FieldChange::after)));
        fields.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(fields, Priority.ALWAYS);

        revert.setId("historyRevert");
        revert.setDisable(true);
        revert.setTooltip(new javafx.scene.control.Tooltip(Messages.get("history.revert.tooltip")));
        changes.getSelectionModel().selectedItemProperty().addListener((observable, before, change) -> {
            fields.getItems().setAll(change == null ? List.of() : change.fields());
            revert.setDisable(change == null || change == history.get(0) || !canRevert.test(change));
        });
        revert.setOnAction(event -> {
            RecordChange version = changes.getSelectionModel().getSelectedItem();
            dialog.close();
            onRevert.accept(version);
        });
        Label fieldsHeading = new Label(Messages.get("history.fieldsHeading"));
        fieldsHeading.setMnemonicParsing(true);
        fieldsHeading.setLabelFor(fields);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label(Messages.get("history.revert.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        revert.setMinWidth(Region.USE_PREF_SIZE);
        actions = new HBox(10, hint, spacer, revert);
        content = new VBox(8, heading, changes, fieldsHeading, fields, actions);
        content.setPadding(new Insets(12));
        dialog.getDialogPane().setContent(content);
        if (!history.isEmpty()) {
            changes.getSelectionModel().select(0);
        }
        dialog.setOnShown(event -> {
            fitTo(owner);
            changes.requestFocus();
        });
    }

    /** The history without "revert", for a screen that has no Undo to take a revert back. */
    public static HistoryDialog viewOnly(Window owner, String recordTitle, List<RecordChange> history) {
        HistoryDialog dialog = new HistoryDialog(owner, recordTitle, history, change -> false, change -> { });
        dialog.content.getChildren().remove(dialog.actions);
        return dialog;
    }

    public void show() {
        dialog.show();
    }

    /** As large as the history needs (900 × 600) but never larger than the window it belongs to. */
    private void fitTo(Window owner) {
        double width = owner == null ? PREFERRED_WIDTH : Math.min(PREFERRED_WIDTH, owner.getWidth() - 40);
        double height = owner == null ? PREFERRED_HEIGHT : Math.min(PREFERRED_HEIGHT, owner.getHeight() - 40);
        dialog.setWidth(width);
        dialog.setHeight(height);
        if (owner != null) {
            dialog.setX(owner.getX() + (owner.getWidth() - width) / 2);
            dialog.setY(owner.getY() + (owner.getHeight() - height) / 2);
        }
    }

    Dialog<Void> dialog() {
        return dialog;
    }

    private static String fieldNames(RecordChange change) {
        return String.join(", ", change.fields().stream().map(field -> FieldNames.human(field.field())).toList());
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> text(value.apply(cell.getValue())));
        return column;
    }

    /** A column whose long values (a description, a list of citations) wrap instead of being cut off. */
    private static <T> TableColumn<T, String> wrapping(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = column(title, width, value);
        column.setCellFactory(ignored -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                text.getStyleClass().add("text");
                setGraphic(text);
                setPrefHeight(Region.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item.isEmpty() ? "—" : item);
            }
        });
        return column;
    }

    private static ObservableValue<String> text(String value) {
        return new ReadOnlyStringWrapper(value == null ? "" : value);
    }
}
