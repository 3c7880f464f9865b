package org.cgtatlas.feature.countries;

import atlantafx.base.theme.Styles;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.landscape.countries.ComparisonRowKind;
import org.controlsfx.control.CheckListView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Lets the analyst tick the rows to show and move them up and down. */
final class RowChooserDialog {

    private RowChooserDialog() {
    }

    static void show(Node owner, ComparisonLayout layout, CountriesController controller) {
        CheckListView<ComparisonRowKind> list = new CheckListView<>();
        list.setId("row-chooser-list");
        list.getItems().setAll(layout.rowOrder());
        list.setCellFactory(view -> new javafx.scene.control.cell.CheckBoxListCell<>(list::getItemBooleanProperty, new StringConverter<>() {
            @Override
            public String toString(ComparisonRowKind kind) {
                return kind == null ? "" : kind.label();
            }

            @Override
            public ComparisonRowKind fromString(String text) {
                throw new UnsupportedOperationException();
            }
        }));
        layout.rowOrder().stream().filter(kind -> !layout.hiddenRows().contains(kind)).forEach(list.getCheckModel()::check);
        list.setPrefHeight(420);
        Button up = new Button(null, new FontIcon(Material2AL.ARROW_UPWARD));
        up.setTooltip(EvidenceViews.wrapped(Messages.get("countries.rows.up")));
        up.setId("row-up");
        up.setOnAction(event -> move(list, -1));
        Button down = new Button(null, new FontIcon(Material2AL.ARROW_DOWNWARD));
        down.setTooltip(EvidenceViews.wrapped(Messages.get("countries.rows.down")));
        down.setId("row-down");
        down.setOnAction(event -> move(list, 1));
        up.getStyleClass().add(Styles.BUTTON_ICON);
        down.getStyleClass().add(Styles.BUTTON_ICON);
        Label hint = new Label(Messages.get("countries.rows.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        HBox.setHgrow(list, Priority.ALWAYS);
        VBox content = new VBox(8, hint, new HBox(8, list, new VBox(8, up, down)));
        content.setPrefWidth(460);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle(Messages.get("countries.rows.title"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> {
            List<ComparisonRowKind> order = List.copyOf(list.getItems());
            Set<ComparisonRowKind> hidden = new HashSet<>(order);
            hidden.removeAll(list.getCheckModel().getCheckedItems());
            controller.chooseRows(order, hidden);
        });
    }

    private static void move(CheckListView<ComparisonRowKind> list, int step) {
        int index = list.getSelectionModel().getSelectedIndex();
        int target = index + step;
        if (index < 0 || target < 0 || target >= list.getItems().size()) {
            return;
        }
        ComparisonRowKind kind = list.getItems().get(index);
        boolean checked = list.getCheckModel().isChecked(kind);
        list.getItems().remove(index);
        list.getItems().add(target, kind);
        if (checked) {
            list.getCheckModel().check(kind);
        } else {
            list.getCheckModel().clearCheck(kind);
        }
        list.getSelectionModel().clearAndSelect(target);
    }
}
