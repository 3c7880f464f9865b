package org.cgtatlas.export.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cgtatlas.domain.Citation;

/**
 * Numbers the cited passages in the order the report first uses them, so "[3]" in a table resolves to
 * entry 3 of the Sources appendix. Without that appendix the tables carry no marks.
 */
public final class References {

    private final boolean enabled;
    private final Map<Citation, Integer> numbers = new LinkedHashMap<>();

    public References(boolean enabled) {
        this.enabled = enabled;
    }

    /** " [1,4]" (no space inside, so it never wraps) for the citations (numbering new ones), or "" when there are none or no appendix. */
    public String mark(List<Citation> citations) {
        if (!enabled || citations.isEmpty()) {
            return "";
        }
        return citations.stream().map(citation -> numbers.computeIfAbsent(citation, key -> numbers.size() + 1))
                .distinct().map(String::valueOf).collect(Collectors.joining(",", " [", "]"));
    }

    /** The numbered citations, in number order. */
    public List<Map.Entry<Citation, Integer>> entries() {
        return new ArrayList<>(numbers.entrySet());
    }
}
