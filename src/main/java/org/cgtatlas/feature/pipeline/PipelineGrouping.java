package org.cgtatlas.feature.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.landscape.pipeline.PipelineRow;

/** How the table is laid out: flat, or grouped by country or by company. */
public enum PipelineGrouping {
    FLAT(null),
    BY_COUNTRY(PipelineRow::country),
    BY_COMPANY(PipelineRow::company);

    /** A group's heading and its rows, in the order they were given. */
    public record Group(String label, List<PipelineRow> rows) {
    }

    private final Function<PipelineRow, String> key;

    PipelineGrouping(Function<PipelineRow, String> key) {
        this.key = key;
    }

    /** The groups by label (ignoring case); rows without a country or company go into a "Not stated" group last. */
    public List<Group> groups(List<PipelineRow> rows) {
        if (key == null) {
            return List.of(new Group("", rows));
        }
        Map<String, List<PipelineRow>> byLabel = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<PipelineRow> unstated = new ArrayList<>();
        for (PipelineRow row : rows) {
            String label = key.apply(row);
            if (label == null || label.isBlank()) {
                unstated.add(row);
            } else {
                byLabel.computeIfAbsent(label, ignored -> new ArrayList<>()).add(row);
            }
        }
        List<Group> groups = new ArrayList<>();
        byLabel.forEach((label, members) -> groups.add(new Group(label, members)));
        if (!unstated.isEmpty()) {
            groups.add(new Group(Messages.get("pipeline.group.unstated"), unstated));
        }
        return groups;
    }

    public String label() {
        return Messages.get("pipeline.grouping." + name().toLowerCase(Locale.ROOT));
    }

    public static PipelineGrouping parse(String name) {
        for (PipelineGrouping grouping : values()) {
            if (grouping.name().equals(name)) {
                return grouping;
            }
        }
        return FLAT;
    }
}
