package org.cgtatlas.landscape;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for matching: compatibility-decomposed (NFKD, so full-width "ＣＡＲ" and "CAR" meet), combining marks
 * stripped ("Müller" → "muller", "が" → "か"), lower-cased. CJK text stays CJK, so a substring match works for it.
 */
public final class SearchText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
