package org.cgtatlas.ui.layout;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.Region;

/**
 * Keeps every column of a table at least as wide as its header's text, so a narrow window or a dragged divider
 * scrolls the table sideways instead of cutting a header to "Stage / appr…". Follows the font (zoom) as it changes.
 */
public final class ColumnHeaders {

    /** Room for the sort arrow beside the header text. */
    private static final double SORT_ARROW = 16;

    private ColumnHeaders() {
    }

    public static void keepReadable(TableView<?> table) {
        table.skinProperty().addListener((observable, before, skin) -> fitOnLayout(table));
        fitOnLayout(table);
    }

    public static void keepReadable(TreeTableView<?> table) {
        table.skinProperty().addListener((observable, before, skin) -> fitOnLayout(table));
        fitOnLayout(table);
    }

    private static void fitOnLayout(Region table) {
        table.needsLayoutProperty().addListener((observable, before, needs) -> {
            if (!needs) {
                fit(table);
            }
        });
    }

    private static void fit(Region table) {
        Node headerRow = table.lookup(".column-header-background");
        if (headerRow == null) {
            return;
        }
        for (Node node : headerRow.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.getTableColumn().getColumns().isEmpty()) {
                Node label = header.lookup(".label");
                if (label instanceof Label text && text.getText() != null && !text.getText().isEmpty()) {
                    double needed = Math.ceil(text.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset()
                            + SORT_ARROW);
                    if (header.getTableColumn().getMinWidth() < needed) {
                        header.getTableColumn().setMinWidth(needed);
                    }
                }
            }
        }
    }
}
