package org.cgtatlas.feature.trials;

import java.util.Locale;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.Intervention;
import org.cgtatlas.domain.Trial;

/**
 * What the Trials table is filtered by; an empty value means "any". {@code modality} is a Modality name,
 * {@link #ALL_CGT} or {@link #NOT_CGT}; {@code confidence} a Confidence name; {@code startYear} is 0 for any year.
 */
public record TrialFilter(String country, String modality, String confidence, String phase, String status,
                          String funderType, int startYear, String text) {

    public static final String ALL_CGT = "CGT";
    public static final String NOT_CGT = "NOT_CGT";

    public boolean matches(ClassifiedTrial classified) {
        Trial trial = classified.trial();
        return (country.isEmpty() || trial.countryCodes().contains(country))
                && matchesModality(classified)
                && (confidence.isEmpty() || classified.classification().confidence().name().equals(confidence))
                && (phase.isEmpty() || trial.phases().contains(phase))
                && (status.isEmpty() || trial.status().equals(status))
                && (funderType.isEmpty() || trial.funderType().equals(funderType))
                && (startYear == 0 || trial.startDate() != null && trial.startDate().year() == startYear)
                && (text.isBlank() || containsText(trial, text.strip().toLowerCase(Locale.ROOT)));
    }

    private boolean matchesModality(ClassifiedTrial classified) {
        if (modality.isEmpty()) {
            return true;
        }
        if (modality.equals(ALL_CGT)) {
            return classified.classification().isCgt();
        }
        if (modality.equals(NOT_CGT)) {
            return !classified.classification().isCgt();
        }
        return classified.classification().isCgt() && classified.classification().modality().name().equals(modality);
    }

    private static boolean containsText(Trial trial, String needle) {
        if (contains(trial.nctId(), needle) || contains(trial.title(), needle) || contains(trial.sponsor(), needle)) {
            return true;
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
