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
    private final TrialDetails details;
    private final MultiLiteralScanner scanner;
    private final String[] lowerCaseTexts = new String[TrialField.values().length];
    private final MultiLiteralScanner.Scan[] scans = new MultiLiteralScanner.Scan[TrialField.values().length];

    ScannedTrialTexts(Trial trial, TrialDetails details, MultiLiteralScanner scanner) {
        this.trial = trial;
        this.details = details;
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

    /** Where the scanner's literals occur in the field's lower-cased text. */
    MultiLiteralScanner.Scan scan(TrialField field) {
        MultiLiteralScanner.Scan scan = scans[field.ordinal()];
        if (scan == null) {
            scan = scanner.scan(lowerCase(field));
            scans[field.ordinal()] = scan;
        }
        return scan;
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
            case OFFICIAL_TITLE -> details.officialTitle().toLowerCase(Locale.ROOT);
            case INTERVENTION_DETAILS -> details.interventionDetails().toLowerCase(Locale.ROOT);
            case SUMMARY -> details.summary().toLowerCase(Locale.ROOT);
        };
    }
}
