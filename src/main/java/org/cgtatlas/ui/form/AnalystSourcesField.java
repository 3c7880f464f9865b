package org.cgtatlas.ui.form;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.AnalystSource;

/**
 * The "Sources" row of the programme and event forms: the analyst's sources for the record, with Add, Edit and
 * Remove. A record saved with none is shown as "no source given" wherever it appears.
 */
public final class AnalystSourcesField {

    private static final int VISIBLE_ROWS = 3;

    private final ObservableList<AnalystSource> sources = FXCollections.observableArrayList();
    private final ListView<AnalystSource> list = new ListView<>(sources);
    private final VBox content;

    /** The field holding {@code initial}; {@code today} is the default day a new source was read. */
    public AnalystSourcesField(List<AnalystSource> initial, Supplier<LocalDate> today) {
        sources.setAll(initial);
        list.setId("formSources");
        Label none = new Label(Messages.get("source.form.noneYet"));
        none.setWrapText(true);
        none.setPadding(new Insets(4, 8, 4, 8));
        list.setPlaceholder(none);
        list.setFixedCellSize(28);
        list.setPrefHeight(28 * VISIBLE_ROWS + 4);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(AnalystSource source, boolean empty) {
                super.updateItem(source, empty);
                setText(empty || source == null ? null : source.citationText());
            }
        });
        Button add = new Button(Messages.get("source.form.addButton"));
        add.setId("formSourceAdd");
        add.setOnAction(event -> AnalystSourceDialog.show(list.getScene().getWindow(), null, today.get(), sources::add));
        Button edit = new Button(Messages.get("source.form.editButton"));
        edit.setId("formSourceEdit");
        edit.setOnAction(event -> {
            int index = list.getSelectionModel().getSelectedIndex();
            AnalystSourceDialog.show(list.getScene().getWindow(), sources.get(index), today.get(),
                    changed -> sources.set(index, changed));
        });
        Button remove = new Button(Messages.get("source.form.removeButton"));
        remove.setId("formSourceRemove");
        remove.setOnAction(event -> sources.remove(list.getSelectionModel().getSelectedIndex()));
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(edit.disableProperty());
        for (Button button : List.of(add, edit, remove)) {
            button.getStyleClass().add(Styles.SMALL);
        }
        content = new VBox(4, list, new HBox(6, add, edit, remove));
    }

    /** Adds the field as a row of {@code form}. */
    public void addTo(FormDialog form, String label) {
        form.row(label, content, list);
    }

    /** The sources as they stand, in order. */
    public List<AnalystSource> sources() {
        return List.copyOf(sources);
    }
}
