package org.cgtatlas.landscape.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The table's sort: first key first, ties broken by the next; no keys keeps the rows in company order. */
public record PipelineSort(List<SortKey> keys) {

    public static final PipelineSort NONE = new PipelineSort(List.of());

    public PipelineSort {
        keys = List.copyOf(keys);
    }

    /** A sorted copy; the sort is stable, so rows that compare equal keep their order. */
    public List<PipelineRow> apply(List<PipelineRow> rows) {
        List<PipelineRow> sorted = new ArrayList<>(rows);
        if (!keys.isEmpty()) {
            sorted.sort(comparator());
        }
        return sorted;
    }

    public Comparator<PipelineRow> comparator() {
        Comparator<PipelineRow> comparator = (left, right) -> 0;
        for (SortKey key : keys) {
            comparator = comparator.thenComparing(key.column().comparator(key.ascending()));
        }
        return comparator;
    }

    /** "COUNTRY:ASC,STAGE:DESC", as kept in the settings. */
    public String encode() {
        return keys.stream().map(key -> key.column().name() + ":" + (key.ascending() ? "ASC" : "DESC"))
                .collect(Collectors.joining(","));
    }

    /** Reads {@link #encode()}'s form; unknown columns are skipped. */
    public static PipelineSort decode(String text) {
        List<SortKey> keys = new ArrayList<>();
        for (String part : text == null ? new String[0] : text.split(",")) {
            String[] pieces = part.strip().split(":");
            PipelineColumn column = PipelineColumn.parse(pieces[0]);
            if (column != null && keys.stream().noneMatch(key -> key.column() == column)) {
                keys.add(new SortKey(column, pieces.length < 2 || !"DESC".equals(pieces[1])));
            }
        }
        return new PipelineSort(keys);
    }
}
