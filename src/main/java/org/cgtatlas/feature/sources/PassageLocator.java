package org.cgtatlas.feature.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds where quoted passages stand in a source's text. */
public final class PassageLocator {

    /** A passage's place in the text, by character offsets (end exclusive). */
    public record Span(int start, int end) {
    }

    private PassageLocator() {
    }

    public static Optional<Span> locate(String text, String quote) {
        if (text == null || quote == null || quote.isEmpty()) {
            return Optional.empty();
        }
        int start = text.indexOf(quote);
        return start < 0 ? Optional.empty() : Optional.of(new Span(start, start + quote.length()));
    }

    /** The places of every quote that occurs, in the order given; quotes not found are left out. */
    public static List<Span> locateAll(String text, List<String> quotes) {
        List<Span> spans = new ArrayList<>();
        for (String quote : quotes) {
            locate(text, quote).ifPresent(spans::add);
        }
        return spans;
    }
}
