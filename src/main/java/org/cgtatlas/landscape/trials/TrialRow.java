package org.cgtatlas.landscape.trials;

import java.util.List;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.domain.TrialClassification;

/**
 * One trial as a row of the trials list export: its primary id first, then its other ids, its register, title,
 * modality and the rule that matched, countries (inferred ones marked), phase, status, start date and sponsor.
 */
public record TrialRow(List<String> cells) {

    public static final List<String> HEADER = List.of("Trial ID", "Also registered as", "Registry", "Title", "Modality",
            "Classification rule", "Matched text", "Countries", "Phase", "Status", "Start date", "Sponsor", "Registry page");

    public TrialRow {
        cells = List.copyOf(cells);
    }

    public static TrialRow of(ClassifiedTrial classified) {
        Trial trial = classified.trial();
        TrialClassification classification = classified.classification();
        return new TrialRow(List.of(
                trial.nctId(),
                String.join("; ", classified.registration().alsoRegisteredAs()),
                classified.registration().registry(),
                trial.title(),
                classification.modalityLabel(),
                classification.ruleId(),
                classification.matchedText(),
                countries(classified),
                String.join("|", trial.phases()),
                trial.status(),
                trial.startDate() == null ? "" : trial.startDate().toString(),
                trial.sponsor(),
                classified.registration().webAddress()));
    }

    public static List<TrialRow> of(List<ClassifiedTrial> trials) {
        return trials.stream().map(TrialRow::of).toList();
    }

    /** "CN JP (inferred)": a country counted only because a blank ICTRP Countries stood for the register's home. */
    private static String countries(ClassifiedTrial classified) {
        return String.join(" ", classified.trial().countryCodes().stream().sorted()
                .map(code -> classified.registration().inferredCountries().contains(code) ? code + " (inferred)" : code)
                .toList());
    }
}
