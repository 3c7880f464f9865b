package org.cgtatlas.feature.trials;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.Intervention;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.landscape.trials.TrialSelection;

/**
 * What the Trials table is filtered by; an empty value means "any". {@code modality} is a Modality name,
 * {@link #ALL_CGT} or {@link #NOT_CGT}; {@code confidence} a Confidence name; {@code startYear} is 0 for any year;
 * {@code registry} a register the trial is registered in, primary or not.
 */
public record TrialFilter(String country, String modality, String confidence, String phase, String status,
                          String funderType, int startYear, String text, String registry) {

    public static final String ALL_CGT = "CGT";
    public static final String NOT_CGT = "NOT_CGT";

    /** Country, modality and registry as the exports and the command line select them. */
    public TrialSelection selection() {
        return new TrialSelection(country.isEmpty() ? null : country,
                modality.isEmpty() || isCgtChoice() ? null : Modality.valueOf(modality), registry.isEmpty() ? null : registry);
    }

    private boolean isCgtChoice() {
        return modality.equals(ALL_CGT) || modality.equals(NOT_CGT);
    }

    /** The filter in words for an export: the selection's words, then the rest. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(selection().describe());
        if (isCgtChoice()) {
            parts.add(modality.equals(ALL_CGT) ? "CGT trials only" : "non-CGT trials only");
        }
        addIfSet(parts, "confidence", confidence);
        addIfSet(parts, "phase", phase);
        addIfSet(parts, "status", status);
        addIfSet(parts, "sponsor type", funderType);
        addIfSet(parts, "start year", startYear == 0 ? "" : Integer.toString(startYear));
        addIfSet(parts, "text", text.strip());
        parts.remove("none");
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static void addIfSet(List<String> parts, String name, String value) {
        if (!value.isEmpty()) {
            parts.add(name + " " + value);
        }
    }

    public boolean matches(ClassifiedTrial classified) {
        Trial trial = classified.trial();
        return selection().matches(classified)
                && matchesCgtChoice(classified)
                && (confidence.isEmpty() || classified.classification().confidence().name().equals(confidence))
                && (phase.isEmpty() || trial.phases().contains(phase))
                && (status.isEmpty() || trial.status().equals(status))
                && (funderType.isEmpty() || trial.funderType().equals(funderType))
                && (startYear == 0 || trial.startDate() != null && trial.startDate().year() == startYear)
                && (text.isBlank() || containsText(classified, text.strip().toLowerCase(Locale.ROOT)));
    }

    private boolean matchesCgtChoice(ClassifiedTrial classified) {
        return switch (modality) {
            case ALL_CGT -> classified.classification().isCgt();
            case NOT_CGT -> !classified.classification().isCgt();
            default -> true;
        };
    }

    private static boolean containsText(ClassifiedTrial classified, String needle) {
        Trial trial = classified.trial();
        if (contains(trial.nctId(), needle) || contains(trial.title(), needle) || contains(trial.sponsor(), needle)) {
            return true;
        }
        for (String otherId : classified.registration().alsoRegisteredAs()) {
            if (contains(otherId, needle)) {
                return true;
            }
        }
        for (String condition : trial.conditions()) {
            if (contains(condition, needle)) {
                return true;
            }
        }
        for (Intervention intervention : trial.interventions()) {
            if (contains(intervention.name(), needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String haystack, String lowerCaseNeedle) {
        return haystack.toLowerCase(Locale.ROOT).contains(lowerCaseNeedle);
    }
}
