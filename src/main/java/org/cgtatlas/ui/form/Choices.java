package org.cgtatlas.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * Combo boxes whose "nothing chosen" is a real, visible choice (null, shown as e.g. "Any modality" or "(not stated)"),
 * so a filter or an optional field can be cleared again from the list itself.
 */
public final class Choices {

    private Choices() {
    }

    public static <T> ComboBox<T> comboBox(List<T> items, String noneText, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        setItems(box, items, noneText != null);
        box.setCellFactory(list -> cell(noneText, label));
        box.setButtonCell(cell(noneText, label));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? (noneText == null ? "" : noneText) : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return box.getItems().stream().filter(item -> item != null && label.apply(item).equals(text))
                        .findFirst().orElse(null);
            }
        });
        return box;
    }

    /** Replaces the choices, keeping the chosen value when it is still among them. */
    public static <T> void setItems(ComboBox<T> box, List<T> items, boolean withNone) {
        T value = box.getValue();
        List<T> all = new ArrayList<>();
        if (withNone) {
            all.add(null);
        }
        all.addAll(items);
        box.setItems(FXCollections.observableArrayList(all));
        box.setValue(all.contains(value) ? value : null);
    }

    private static <T> ListCell<T> cell(String noneText, Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? (empty && noneText == null ? null : noneText) : label.apply(item));
            }
        };
    }
}
