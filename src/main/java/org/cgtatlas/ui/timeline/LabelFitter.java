package org.cgtatlas.ui.timeline;

import java.util.function.ToDoubleFunction;

/** Shortens a label with an ellipsis to fit a width, or gives nothing when not even a few letters fit. */
public final class LabelFitter {

    static final String ELLIPSIS = "…";
    private static final int MIN_CHARACTERS = 3;

    private LabelFitter() {
    }

    /** The longest prefix of {@code text} (plus "…" when cut) no wider than {@code room}; empty when too narrow. */
    public static String fit(String text, double room, ToDoubleFunction<String> width) {
        if (text.isEmpty() || room <= 0) {
            return "";
        }
        if (width.applyAsDouble(text) <= room) {
            return text;
        }
        int low = 0;
        int high = text.length() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (width.applyAsDouble(text.substring(0, middle).stripTrailing() + ELLIPSIS) <= room) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low < MIN_CHARACTERS ? "" : text.substring(0, low).stripTrailing() + ELLIPSIS;
    }
}
