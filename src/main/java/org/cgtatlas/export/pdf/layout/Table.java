package org.cgtatlas.export.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/** Columns and rows of plain text to lay out with {@link TableRenderer}; a cell may hold '\n' line breaks. */
public final class Table {

    private final List<Column> columns;
    private final TextStyle style;
    private final List<List<String>> rows = new ArrayList<>();
    private boolean header = true;

    public Table(List<Column> columns, TextStyle style) {
        this.columns = List.copyOf(columns);
        this.style = style;
    }

    public Table addRow(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("A row needs " + columns.size() + " cells, got " + cells.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /** For a two-column list of facts, where headers would say nothing. */
    public Table withoutHeader() {
        header = false;
        return this;
    }

    public boolean hasHeader() {
        return header;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<List<String>> rows() {
        return rows;
    }

    public TextStyle style() {
        return style;
    }
}
