package org.cgtatlas.feature.trials;

import java.util.Locale;

/** Readable forms of the registry's codes: "NOT_YET_RECRUITING" → "Not yet recruiting" (phases: {@link org.cgtatlas.domain.TrialPhases}). */
public final class TrialLabels {

    private TrialLabels() {
    }

    /** "ACTIVE_NOT_RECRUITING" → "Active not recruiting"; "OTHER_GOV" → "Other gov". */
    public static String code(String code) {
        if (code.isEmpty()) {
            return "Not given";
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** NIH and FED are abbreviations and stay upper case. */
    public static String funderType(String code) {
        return code.equals("NIH") || code.equals("FED") ? code : code(code);
    }
}
