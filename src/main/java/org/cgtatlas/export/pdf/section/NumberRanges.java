package org.cgtatlas.export.pdf.section;

import java.util.ArrayList;
import java.util.List;

/** Writes ascending numbers compactly: [1, 2, 3, 5, 7, 8] → "1–3, 5, 7, 8". */
final class NumberRanges {

    private NumberRanges() {
    }

    static String format(List<Integer> ascending) {
        List<String> parts = new ArrayList<>();
        int index = 0;
        while (index < ascending.size()) {
            int first = ascending.get(index);
            int last = first;
            while (index + 1 < ascending.size() && ascending.get(index + 1) == last + 1) {
                last = ascending.get(++index);
            }
            if (last - first >= 2) {
                parts.add(first + "–" + last);
            } else {
                parts.add(Integer.toString(first));
                if (last != first) {
                    parts.add(Integer.toString(last));
                }
            }
            index++;
        }
        return String.join(", ", parts);
    }
}
