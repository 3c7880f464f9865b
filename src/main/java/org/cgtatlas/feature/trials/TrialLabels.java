package org.cgtatlas.feature.trials;

import java.util.List;
import java.util.Locale;

/** Readable forms of the registry's codes: "PHASE1|PHASE2" → "Phase 1/2", "NOT_YET_RECRUITING" → "Not yet recruiting". */
public final class TrialLabels {

    private TrialLabels() {
    }

    public static String phases(List<String> phases) {
        if (phases.isEmpty()) {
            return "Not given";
        }
        if (phases.size() == 1) {
            return phase(phases.get(0));
        }
        StringBuilder label = new StringBuilder("Phase ");
        for (int i = 0; i < phases.size(); i++) {
            label.append(i == 0 ? "" : "/").append(phases.get(i).replace("EARLY_PHASE", "early ").replace("PHASE", ""));
        }
        return label.toString();
    }

    public static String phase(String phase) {
        return switch (phase) {
            case "NA" -> "Not applicable";
            case "EARLY_PHASE1" -> "Early phase 1";
            default -> phase.startsWith("PHASE") ? "Phase " + phase.substring(5) : code(phase);
        };
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
