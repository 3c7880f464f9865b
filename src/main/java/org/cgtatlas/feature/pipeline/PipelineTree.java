package org.cgtatlas.feature.pipeline;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.landscape.pipeline.PipelineColumn;
import org.cgtatlas.landscape.pipeline.PipelineRow;
import org.cgtatlas.ui.layout.ColumnHeaders;

/**
 * The grouped view: one heading per country or company with its row count, the rows (as filtered and sorted)
 * beneath. Shows the same columns as the flat table, in the same order; small results open expanded.
 */
final class PipelineTree {

    private static final int EXPAND_UP_TO = 500;

    /** A heading ({@code row} null) or a pipeline row. */
    record Item(String heading, PipelineRow row) {
    }

    private final TreeTableView<Item> tree = new TreeTableView<>(new TreeItem<>(new Item("", null)));
    private final TreeTableColumn<Item, String> groupColumn = new TreeTableColumn<>();
    private final PipelineModel model;

    PipelineTree(PipelineModel model) {
        this.model = model;
        tree.setId("pipelineTree");
        tree.setShowRoot(false);
        tree.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        ColumnHeaders.keepReadable(tree);
        groupColumn.setPrefWidth(200);
        groupColumn.setSortable(false);
        groupColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue().heading()));
        model.rows().addListener((ListChangeListener<PipelineRow>) change -> rebuild());
        model.groupingProperty().addListener((observable, before, grouping) -> rebuild());
        model.columnsProperty().addListener((observable, before, layout) -> updateColumns());
        tree.getSelectionModel().selectedItemProperty().addListener((observable, before, item) -> {
            if (item != null && item.getValue().row() != null) {
                model.selectedProperty().set(item.getValue().row());
            }
        });
        updateColumns();
        rebuild();
    }

    TreeTableView<Item> node() {
        return tree;
    }

    private void updateColumns() {
        List<TreeTableColumn<Item, ?>> shown = new ArrayList<>();
        groupColumn.setText(model.groupingProperty().get().label());
        shown.add(groupColumn);
        for (ColumnLayout.ColumnState state : model.columnsProperty().get().columns()) {
            if (state.visible()) {
                PipelineColumn column = state.column();
                TreeTableColumn<Item, String> treeColumn = new TreeTableColumn<>(column.header());
                treeColumn.setPrefWidth(state.width());
                treeColumn.setSortable(false);
                treeColumn.setCellValueFactory(cell -> {
                    PipelineRow row = cell.getValue().getValue().row();
                    return new ReadOnlyStringWrapper(row == null ? "" : column.text(row));
                });
                shown.add(treeColumn);
            }
        }
        tree.getColumns().setAll(shown);
    }

    private void rebuild() {
        PipelineGrouping grouping = model.groupingProperty().get();
        groupColumn.setText(grouping.label());
        if (grouping == PipelineGrouping.FLAT) {
            tree.getRoot().getChildren().clear();
            return;
        }
        boolean expand = model.rows().size() <= EXPAND_UP_TO;
        PipelineRow current = model.selectedProperty().get();
        String selectedId = current == null ? null : current.id();
        TreeItem<Item> selected = null;
        List<TreeItem<Item>> headings = new ArrayList<>();
        for (PipelineGrouping.Group group : grouping.groups(model.rows())) {
            TreeItem<Item> heading = new TreeItem<>(new Item(
                    Messages.get("pipeline.group.header", group.label(), group.rows().size()), null));
            List<TreeItem<Item>> members = new ArrayList<>(group.rows().size());
            for (PipelineRow row : group.rows()) {
                TreeItem<Item> member = new TreeItem<>(new Item("", row));
                if (row.id().equals(selectedId)) {
                    selected = member;
                }
                members.add(member);
            }
            heading.getChildren().setAll(members);
            heading.setExpanded(expand);
            headings.add(heading);
        }
        tree.getRoot().getChildren().setAll(headings);
        if (selected != null) {
            selected.getParent().setExpanded(true);
            tree.getSelectionModel().select(selected);
            tree.scrollTo(Math.max(0, tree.getRow(selected) - 3));
        }
    }
}
