package org.cgtatlas.export.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cgtatlas.domain.AnalystSource;
import org.cgtatlas.domain.Citation;

/**
 * Numbers the cited passages and the analysts' own sources in the order the report first uses them, so "[3]" in a
 * table resolves to entry 3 of the Sources appendix. Without that appendix the tables carry no marks.
 */
public final class References {

    /** What a table's reference cell says for a record an analyst saved without any source. */
    public static final String NO_SOURCE = "no source given";

    /** One numbered reference: a bundled citation or an analyst's source (the other is null). */
    public record Entry(int number, Citation citation, AnalystSource analystSource) {
    }

    private final boolean enabled;
    private final Map<Object, Integer> numbers = new LinkedHashMap<>();

    public References(boolean enabled) {
        this.enabled = enabled;
    }

    /** " [1,4]" (no space inside, so it never wraps) for the citations (numbering new ones), or "" when there are none or no appendix. */
    public String mark(List<Citation> citations) {
        return mark(citations, List.of());
    }

    /** As {@link #mark(List)}, numbering the analyst's own sources after the citations. */
    public String mark(List<Citation> citations, List<AnalystSource> analystSources) {
        if (!enabled || citations.isEmpty() && analystSources.isEmpty()) {
            return "";
        }
        return Stream.concat(citations.stream(), analystSources.stream())
                .map(reference -> numbers.computeIfAbsent(reference, key -> numbers.size() + 1))
                .distinct().map(String::valueOf).collect(Collectors.joining(",", " [", "]"));
    }

    /**
     * A table's reference cell for a programme or an event: its numbers, or {@value #NO_SOURCE} (with or without the
     * appendix) when it has neither a citation nor an analyst's source.
     */
    public String cell(List<Citation> citations, List<AnalystSource> analystSources) {
        return citations.isEmpty() && analystSources.isEmpty() ? NO_SOURCE : mark(citations, analystSources).strip();
    }

    /** The numbered references, in number order. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        numbers.forEach((reference, number) -> entries.add(reference instanceof Citation citation
                ? new Entry(number, citation, null) : new Entry(number, null, (AnalystSource) reference)));
        return entries;
    }
}
