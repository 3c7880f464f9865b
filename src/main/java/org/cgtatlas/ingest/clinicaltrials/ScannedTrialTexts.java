package org.cgtatlas.ingest.clinicaltrials;

import java.util.Locale;
import org.cgtatlas.domain.Intervention;
import org.cgtatlas.domain.Trial;

/**
 * The lower-cased texts of one trial's fields and where the scanner's literals occur in them, each worked out once,
 * when a rule first asks for it. One per classification; not to be shared between threads.
 */
final class ScannedTrialTexts {

    private final Trial trial;
    private final MultiLiteralScanner scanner;
    private final String[] lowerCaseTexts = new String[TrialField.values().length];
    private final int[][] firstOccurrences = new int[TrialField.values().length][];

    ScannedTrialTexts(Trial trial, MultiLiteralScanner scanner) {
        this.trial = trial;
        this.scanner = scanner;
    }

    String lowerCase(TrialField field) {
        String text = lowerCaseTexts[field.ordinal()];
        if (text == null) {
            text = lowerCaseText(field);
            lowerCaseTexts[field.ordinal()] = text;
        }
        return text;
    }

    /** Per literal of the scanner, where it first occurs in the field's lower-cased text, or -1. */
    int[] firstOccurrences(TrialField field) {
        int[] occurrences = firstOccurrences[field.ordinal()];
        if (occurrences == null) {
            occurrences = scanner.firstOccurrences(lowerCase(field));
            firstOccurrences[field.ordinal()] = occurrences;
        }
        return occurrences;
    }

    private String lowerCaseText(TrialField field) {
        return switch (field) {
            case TITLE -> trial.title().toLowerCase(Locale.ROOT);
            case CONDITIONS -> String.join(" | ", trial.conditions()).toLowerCase(Locale.ROOT);
            case INTERVENTIONS -> {
                StringBuilder text = new StringBuilder();
                for (Intervention intervention : trial.interventions()) {
                    intervention.appendLabelTo(text).append(" | ");
                }
                yield text.toString().toLowerCase(Locale.ROOT);
            }
        };
    }
}
