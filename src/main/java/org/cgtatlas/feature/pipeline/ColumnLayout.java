package org.cgtatlas.feature.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cgtatlas.landscape.pipeline.PipelineColumn;

/** The table's columns in their shown order, with width and visibility, as kept between runs. */
public record ColumnLayout(List<ColumnState> columns) {

    /** One column's place in the layout. */
    public record ColumnState(PipelineColumn column, double width, boolean visible) {
    }

    public ColumnLayout {
        columns = List.copyOf(columns);
    }

    public static ColumnLayout defaults() {
        return new ColumnLayout(List.of(PipelineColumn.values()).stream()
                .map(column -> new ColumnState(column, column.defaultWidth(), true)).toList());
    }

    public List<PipelineColumn> visibleColumns() {
        return columns.stream().filter(ColumnState::visible).map(ColumnState::column).toList();
    }

    /** "COMPANY:200:1,COUNTRY:110:0,…" */
    public String encode() {
        return columns.stream().map(state -> state.column().name() + ":" + Math.round(state.width()) + ":" + (state.visible() ? 1 : 0))
                .collect(Collectors.joining(","));
    }

    /**
     * Reads {@link #encode()}'s form. Unknown or repeated columns and unreadable widths are skipped; columns missing
     * from the text (added by a later version) follow in their default place and width.
     */
    public static ColumnLayout decode(String text) {
        List<ColumnState> states = new ArrayList<>();
        Set<PipelineColumn> seen = EnumSet.noneOf(PipelineColumn.class);
        for (String part : text == null || text.isBlank() ? new String[0] : text.split(",")) {
            String[] pieces = part.strip().split(":");
            PipelineColumn column = PipelineColumn.parse(pieces[0]);
            if (column == null || pieces.length != 3 || !seen.add(column)) {
                continue;
            }
            states.add(new ColumnState(column, width(pieces[1], column), !"0".equals(pieces[2])));
        }
        for (PipelineColumn column : PipelineColumn.values()) {
            if (seen.add(column)) {
                states.add(new ColumnState(column, column.defaultWidth(), true));
            }
        }
        return new ColumnLayout(states);
    }

    private static double width(String text, PipelineColumn column) {
        try {
            double width = Double.parseDouble(text);
            return width >= 20 && width <= 2000 ? width : column.defaultWidth();
        } catch (NumberFormatException e) {
            return column.defaultWidth();
        }
    }
}
