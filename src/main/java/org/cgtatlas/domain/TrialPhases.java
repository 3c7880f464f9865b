package org.cgtatlas.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The registry's phases as readers name them ("PHASE1|PHASE2" → "Phase 1/2") and in the order trials advance through
 * them: early phase 1, phase 1, phase 1/2, phase 2, …, phase 4, then "Not applicable" and "Not given".
 */
public final class TrialPhases {

    private static final List<String> ORDER = List.of("EARLY_PHASE1", "PHASE1", "PHASE2", "PHASE3", "PHASE4", "NA");

    /** Phase lists by their first phase, then their last. */
    public static final Comparator<List<String>> ORDERED = Comparator
            .comparingInt((List<String> phases) -> phases.isEmpty() ? ORDER.size() + 1 : rank(phases.get(0)))
            .thenComparingInt(phases -> phases.isEmpty() ? 0 : rank(phases.get(phases.size() - 1)));

    private TrialPhases() {
    }

    public static String label(List<String> phases) {
        if (phases.isEmpty()) {
            return "Not given";
        }
        if (phases.size() == 1) {
            return label(phases.get(0));
        }
        StringBuilder label = new StringBuilder("Phase ");
        for (int i = 0; i < phases.size(); i++) {
            label.append(i == 0 ? "" : "/").append(phases.get(i).replace("EARLY_PHASE", "early ").replace("PHASE", ""));
        }
        return label.toString();
    }

    public static String label(String phase) {
        return switch (phase) {
            case "NA" -> "Not applicable";
            case "EARLY_PHASE1" -> "Early phase 1";
            default -> phase.startsWith("PHASE") ? "Phase " + phase.substring(5) : words(phase);
        };
    }

    /** "SOME_CODE" → "Some code". */
    private static String words(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static int rank(String phase) {
        int rank = ORDER.indexOf(phase);
        return rank < 0 ? ORDER.size() : rank;
    }
}
