package org.cgtatlas.ingest.clinicaltrials;

import java.util.Locale;
import org.cgtatlas.domain.Intervention;
import org.cgtatlas.domain.Trial;

/**
 * Where the scanner's literals occur in one trial's fields, and the fields' lower-cased texts, each worked out once,
 * when a rule first asks for it. The scanner reads the texts as they are; a text is lower-cased only for a rule's
 * regex, which runs only where the scan found what it needs. One per classification; not to be shared between threads.
 */
final class ScannedTrialTexts {

    private static final String INTERVENTION_SEPARATOR = " | ";
    /** Between an intervention's type and name, as {@link Intervention#appendLabelTo} writes it. */
    private static final String TYPE_SEPARATOR = ": ";

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

    /** The field's text as the rules' patterns read it: lower-cased, the interventions as one text. */
    String lowerCase(TrialField field) {
        String text = lowerCaseTexts[field.ordinal()];
        if (text == null) {
            text = lowerCased(text(field));
            lowerCaseTexts[field.ordinal()] = text;
        }
        return text;
    }

    /**
     * {@code text.toLowerCase(Locale.ROOT)}, quicker for the usual all-ASCII text, where that changes only A to Z: it
     * need not look each character up in the Unicode tables.
     */
    static String lowerCased(String text) {
        char[] lowered = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return text.toLowerCase(Locale.ROOT);
            }
            if (c >= 'A' && c <= 'Z') {
                lowered = lowered == null ? text.toCharArray() : lowered;
                lowered[i] = (char) (c + ('a' - 'A'));
            }
        }
        return lowered == null ? text : new String(lowered);
    }

    /** Which of the scanner's literals occur in the field's lower-cased text. */
    MultiLiteralScanner.Scan scan(TrialField field) {
        MultiLiteralScanner.Scan scan = scans[field.ordinal()];
        if (scan == null) {
            scan = field == TrialField.INTERVENTIONS ? scanInterventions() : scanner.scan(text(field));
            scans[field.ordinal()] = scan;
        }
        return scan;
    }

    /** Reads the interventions' labels piece by piece, as the one text {@link #text} would join them into. */
    private MultiLiteralScanner.Scan scanInterventions() {
        MultiLiteralScanner.Scanning scanning = scanner.start();
        for (Intervention intervention : trial.interventions()) {
            if (!intervention.type().isEmpty()) {
                scanning.read(intervention.type());
                scanning.read(TYPE_SEPARATOR);
            }
            scanning.read(intervention.name());
            scanning.read(INTERVENTION_SEPARATOR);
        }
        return scanning.scan();
    }

    private String text(TrialField field) {
        return switch (field) {
            case TITLE -> trial.title();
            case CONDITIONS -> String.join(" | ", trial.conditions());
            case INTERVENTIONS -> {
                StringBuilder text = new StringBuilder();
                for (Intervention intervention : trial.interventions()) {
                    intervention.appendLabelTo(text).append(INTERVENTION_SEPARATOR);
                }
                yield text.toString();
            }
            case OFFICIAL_TITLE -> details.officialTitle();
            case INTERVENTION_DETAILS -> details.interventionDetails();
            case SUMMARY -> details.summary();
        };
    }
}
