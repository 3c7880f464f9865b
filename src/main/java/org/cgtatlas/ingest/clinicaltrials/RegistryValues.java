package org.cgtatlas.ingest.clinicaltrials;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cgtatlas.domain.Intervention;

/**
 * Brings the values of the three export formats to one form: the API's upper-case codes for status, phase and
 * funder type ("Not yet recruiting" and "NOT_YET_RECRUITING" are the same), "TYPE: name" interventions,
 * and {@code |}-separated lists.
 */
final class RegistryValues {

    private RegistryValues() {
    }

    /** Splits a {@code |}-separated cell into its stripped, non-empty values. */
    static List<String> split(String cell) {
        List<String> values = new ArrayList<>();
        int start = 0;
        int length = cell.length();
        while (start <= length) {
            int bar = cell.indexOf('|', start);
            int end = bar < 0 ? length : bar;
            String value = cell.substring(start, end).strip();
            if (!value.isEmpty()) {
                values.add(value);
            }
            start = end + 1;
        }
        return values;
    }

    /** "Active, not recruiting" → ACTIVE_NOT_RECRUITING; the legacy "Unknown status" is the API's UNKNOWN. */
    static String status(String text) {
        String code = code(text);
        return code.equals("UNKNOWN_STATUS") ? "UNKNOWN" : code;
    }

    /** "Phase 1", "PHASE1" → PHASE1; "Early Phase 1" → EARLY_PHASE1; "Not Applicable" → NA. */
    static String phase(String text) {
        String code = code(text).replace("PHASE_", "PHASE");
        return code.equals("NOT_APPLICABLE") ? "NA" : code;
    }

    static List<String> phases(List<String> texts) {
        List<String> phases = new ArrayList<>(texts.size());
        for (String text : texts) {
            String phase = phase(text);
            if (!phase.isEmpty() && !phases.contains(phase)) {
                phases.add(phase);
            }
        }
        return phases;
    }

    /** "Industry" → INDUSTRY, "U.S. Fed" → FED, "Individual" → INDIV; of "Other|Industry" the first (the lead sponsor). */
    static String funderType(String text) {
        List<String> funders = split(text);
        if (funders.isEmpty()) {
            return "";
        }
        String code = code(funders.get(0));
        return switch (code) {
            case "U_S_FED" -> "FED";
            case "INDIVIDUAL" -> "INDIV";
            default -> code;
        };
    }

    /** The lead sponsor: the first of "Sponsor|Collaborator|…". */
    static String leadSponsor(String text) {
        List<String> sponsors = split(text);
        return sponsors.isEmpty() ? "" : sponsors.get(0);
    }

    /** "DRUG: Axicabtagene ciloleucel|Biological: CD19 CAR-T" → interventions with upper-case types. */
    static List<Intervention> interventions(String cell) {
        List<Intervention> interventions = new ArrayList<>();
        for (String entry : split(cell)) {
            int colon = entry.indexOf(':');
            String type = colon > 0 ? entry.substring(0, colon) : "";
            if (!type.isEmpty() && isTypeWord(type)) {
                interventions.add(intervention(type, entry.substring(colon + 1)));
            } else {
                interventions.add(new Intervention("", entry));
            }
        }
        return interventions;
    }

    static Intervention intervention(String type, String name) {
        return new Intervention(code(type), name.strip());
    }

    /** An enrollment count, or null when the cell holds none. */
    static Integer enrollment(String text) {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 9) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.valueOf(digits);
    }

    private static boolean isTypeWord(String text) {
        if (text.length() > 30) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.isLetter(c) || c == ' ' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** Upper case, every run of other characters than letters and digits one underscore, none at the ends. */
    static String code(String text) {
        StringBuilder code = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && code.length() > 0) {
                    code.append('_');
                }
                code.append(Character.toUpperCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return code.toString().toUpperCase(Locale.ROOT);
    }
}
