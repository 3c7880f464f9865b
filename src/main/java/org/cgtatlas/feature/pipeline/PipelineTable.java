package org.cgtatlas.feature.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseEvent;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Inference;
import org.cgtatlas.feature.pipeline.ColumnLayout.ColumnState;
import org.cgtatlas.landscape.pipeline.PipelineColumn;
import org.cgtatlas.landscape.pipeline.PipelineRow;
import org.cgtatlas.landscape.pipeline.PipelineSort;
import org.cgtatlas.landscape.pipeline.SortKey;
import org.cgtatlas.ui.AnalystSourceViews;
import org.cgtatlas.ui.InferenceMarker;
import org.cgtatlas.ui.layout.ColumnHeaders;

/**
 * The flat pipeline table. Sorting is handed to the controller (multi-column with shift-click, done in the
 * background on the plain rows); column order, widths, visibility (the ⊕ menu at the top right) and sort are kept
 * in the model, which the controller remembers between runs.
 */
final class PipelineTable {

    private static final PseudoClass EDITED = PseudoClass.getPseudoClass("edited");

    private final TableView<PipelineRow> table = new TableView<>();
    private final Map<PipelineColumn, TableColumn<PipelineRow, String>> columns = new EnumMap<>(PipelineColumn.class);
    private final PipelineModel model;
    private final PipelineController controller;
    private boolean restoring;

    PipelineTable(PipelineModel model, PipelineController controller) {
        this.model = model;
        this.controller = controller;
        table.setId("pipelineTable");
        table.getStyleClass().add("pipeline-table");
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        ColumnHeaders.keepReadable(table);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setItems(model.rows());
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(PipelineRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(EDITED, !empty && row != null && row.provenance() != null && row.provenance().userEdited());
            }
        });
        for (PipelineColumn column : PipelineColumn.values()) {
            TableColumn<PipelineRow, String> tableColumn = new TableColumn<>(column.header());
            tableColumn.setId("column-" + column.name().toLowerCase(Locale.ROOT));
            tableColumn.setUserData(column);
            tableColumn.getStyleClass().add("pipeline-column-" + column.name().toLowerCase(Locale.ROOT));
            tableColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(column.text(cell.getValue())));
            tableColumn.setCellFactory(view -> new MarkedCell(column));
            tableColumn.widthProperty().addListener((observable, before, width) -> layoutChanged());
            tableColumn.visibleProperty().addListener((observable, before, visible) -> layoutChanged());
            columns.put(column, tableColumn);
        }
        applyLayout(model.columnsProperty().get());
        restoring = true;
        table.setSortPolicy(view -> {
            if (!restoring) {
                controller.sortBy(currentSort());
            }
            return true;
        });
        restoring = false;
        applySort(model.sortProperty().get());
        table.getColumns().addListener((ListChangeListener<TableColumn<PipelineRow, ?>>) change -> layoutChanged());
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, row) -> model.selectedProperty().set(row));
        model.rows().addListener((ListChangeListener<PipelineRow>) change -> reselect());
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> model.selectedIdProperty().set(null));
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.when(model.totalCountProperty().isEqualTo(0))
                .then(Messages.get("pipeline.empty.headline") + "\n" + Messages.get("pipeline.empty.hint")).otherwise(Messages.get("pipeline.noMatch")));
        table.setPlaceholder(placeholder);
    }

    TableView<PipelineRow> node() {
        return table;
    }

    /** The columns shown, in their shown order. */
    List<PipelineColumn> visibleColumns() {
        return table.getVisibleLeafColumns().stream().map(column -> (PipelineColumn) column.getUserData()).toList();
    }

    private void applyLayout(ColumnLayout layout) {
        restoring = true;
        try {
            List<TableColumn<PipelineRow, ?>> ordered = new ArrayList<>();
            for (ColumnState state : layout.columns()) {
                TableColumn<PipelineRow, String> column = columns.get(state.column());
                column.setPrefWidth(state.width());
                column.setVisible(state.visible());
                ordered.add(column);
            }
            table.getColumns().setAll(ordered);
        } finally {
            restoring = false;
        }
    }

    private void applySort(PipelineSort sort) {
        restoring = true;
        try {
            List<TableColumn<PipelineRow, ?>> order = new ArrayList<>();
            for (SortKey key : sort.keys()) {
                TableColumn<PipelineRow, String> column = columns.get(key.column());
                column.setSortType(key.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                order.add(column);
            }
            table.getSortOrder().setAll(order);
        } finally {
            restoring = false;
        }
    }

    private PipelineSort currentSort() {
        return new PipelineSort(table.getSortOrder().stream()
                .map(column -> new SortKey((PipelineColumn) column.getUserData(), column.getSortType() == TableColumn.SortType.ASCENDING))
                .toList());
    }

    private void layoutChanged() {
        if (restoring || columns.size() < PipelineColumn.values().length) {
            return;
        }
        controller.rememberColumns(new ColumnLayout(table.getColumns().stream()
                .map(column -> new ColumnState((PipelineColumn) column.getUserData(), column.getWidth(), column.isVisible()))
                .toList()));
    }

    /** After the rows are replaced, selects the row the model asks for, if it is among them. */
    private void reselect() {
        String id = model.selectedIdProperty().get();
        if (id == null) {
            return;
        }
        for (int i = 0; i < model.rows().size(); i++) {
            if (model.rows().get(i).id().equals(id)) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(Math.max(0, i - 3));
                model.selectedIdProperty().set(null);
                return;
            }
        }
    }

    /**
     * A cell whose value the curator inferred shows the ≈ mark after it, with the reason on hover; the programme of a
     * record saved without a source shows the "no source given" mark.
     */
    private static final class MarkedCell extends TableCell<PipelineRow, String> {

        private final PipelineColumn column;

        MarkedCell(PipelineColumn column) {
            this.column = column;
            setContentDisplay(ContentDisplay.RIGHT);
            setGraphicTextGap(4);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            List<PipelineRow> rows = getTableView() == null ? List.of() : getTableView().getItems();
            PipelineRow row = empty || getIndex() < 0 || getIndex() >= rows.size() ? null : rows.get(getIndex());
            List<Inference> inferences = row == null ? List.of() : column.inferences(row);
            setText(empty ? null : value);
            setTooltip(null);
            setAccessibleText(null);
            if (!inferences.isEmpty()) {
                setGraphic(InferenceMarker.inCell(this, value, inferences));
            } else if (column == PipelineColumn.PROGRAMME && row != null && row.hasNoSource()) {
                setGraphic(AnalystSourceViews.mark());
            } else {
                setGraphic(null);
            }
        }
    }
}
