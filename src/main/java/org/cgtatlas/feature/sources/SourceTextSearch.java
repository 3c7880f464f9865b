package org.cgtatlas.feature.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cgtatlas.domain.Source;

/** Finds a phrase in the sources' titles and full texts, case-insensitively, with a line of context. */
public final class SourceTextSearch {

    /** Where a phrase occurs: the exact original text matched and the words around it. */
    public record Match(Source source, String matchedText, String context) {
    }

    private static final int CONTEXT = 50;

    private SourceTextSearch() {
    }

    public static List<Match> search(List<Source> sources, String phrase, int limit) {
        List<Match> matches = new ArrayList<>();
        String needle = phrase.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return matches;
        }
        for (Source source : sources) {
            String text = source.text();
            int at = indexOfIgnoreCase(text, needle);
            if (at >= 0 && matches.size() < limit) {
                String matched = text.substring(at, at + needle.length());
                int from = Math.max(0, at - CONTEXT);
                int to = Math.min(text.length(), at + needle.length() + CONTEXT);
                String context = (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ").strip()
                        + (to < text.length() ? "…" : "");
                matches.add(new Match(source, matched, context));
            }
        }
        return matches;
    }

    private static int indexOfIgnoreCase(String text, String lowerNeedle) {
        for (int i = 0; i + lowerNeedle.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, lowerNeedle, 0, lowerNeedle.length())) {
                return i;
            }
        }
        return -1;
    }
}
