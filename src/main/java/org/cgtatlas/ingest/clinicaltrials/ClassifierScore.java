package org.cgtatlas.ingest.clinicaltrials;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cgtatlas.domain.TrialClassification;

/**
 * How a classifier does on hand-labelled trials: CGT vs not CGT, the modality of the CGT trials, a confusion table,
 * and per rule the trials it wrongly took (it called them CGT, or of a modality, against the label) or missed (CGT
 * trials it decided "not CGT", or that no rule matched).
 */
public final class ClassifierScore {

    /** The rule column of a trial no rule matched. */
    public static final String NO_RULE = "(no rule)";
    static final String NOT_CGT_LABEL = "Not CGT";

    /** One labelled trial with the classifier's verdict. */
    public record Verdict(TrialLabel label, TrialClassification classification) {

        public boolean cgtAgrees() {
            return label.isCgt() == classification.isCgt();
        }

        public boolean modalityAgrees() {
            return label.modality() == classification.modality();
        }

        public String rule() {
            return classification.ruleId().isEmpty() ? NO_RULE : classification.ruleId();
        }
    }

    private final List<Verdict> verdicts;
    private final List<String> unmatchedLabels;

    private ClassifierScore(List<Verdict> verdicts, List<String> unmatchedLabels) {
        this.verdicts = List.copyOf(verdicts);
        this.unmatchedLabels = List.copyOf(unmatchedLabels);
    }

    /** Classifies the labelled trials among {@code trials}; labels of trials not among them are listed apart. */
    public static ClassifierScore of(Map<String, TrialLabel> labels, Collection<ExportedTrial> trials, CgtClassifier classifier) {
        List<Verdict> verdicts = new ArrayList<>();
        Map<String, TrialLabel> unmatched = new LinkedHashMap<>(labels);
        for (ExportedTrial exported : trials) {
            TrialLabel label = unmatched.remove(exported.trial().nctId());
            if (label != null) {
                verdicts.add(new Verdict(label, classifier.classify(exported.trial(), exported.details())));
            }
        }
        return new ClassifierScore(verdicts, List.copyOf(unmatched.keySet()));
    }

    public List<Verdict> verdicts() {
        return verdicts;
    }

    /** NCT numbers of labels whose trial is in none of the exports. */
    public List<String> unmatchedLabels() {
        return unmatchedLabels;
    }

    public long truePositives() {
        return verdicts.stream().filter(v -> v.label().isCgt() && v.classification().isCgt()).count();
    }

    public long falsePositives() {
        return verdicts.stream().filter(v -> !v.label().isCgt() && v.classification().isCgt()).count();
    }

    public long falseNegatives() {
        return verdicts.stream().filter(v -> v.label().isCgt() && !v.classification().isCgt()).count();
    }

    public long labelledCgt() {
        return verdicts.stream().filter(v -> v.label().isCgt()).count();
    }

    public double precision() {
        long taken = truePositives() + falsePositives();
        return taken == 0 ? 0 : (double) truePositives() / taken;
    }

    public double recall() {
        long cgt = labelledCgt();
        return cgt == 0 ? 0 : (double) truePositives() / cgt;
    }

    /** Of the trials labelled CGT, the share given the labelled modality (a missed trial counts as wrong). */
    public double modalityAccuracy() {
        long cgt = labelledCgt();
        return cgt == 0 ? 0 : (double) verdicts.stream().filter(v -> v.label().isCgt() && v.modalityAgrees()).count() / cgt;
    }

    /** Label (modality or "Not CGT") → classified as → count. */
    public Map<String, Map<String, Integer>> confusion() {
        Map<String, Map<String, Integer>> table = new TreeMap<>();
        for (Verdict verdict : verdicts) {
            String labelled = verdict.label().isCgt() ? verdict.label().modality().label() : NOT_CGT_LABEL;
            table.computeIfAbsent(labelled, key -> new TreeMap<>())
                    .merge(verdict.classification().modalityLabel(), 1, Integer::sum);
        }
        return table;
    }

    /** Per deciding rule, the trials it decided against the label (wrong CGT verdict or wrong modality). */
    public Map<String, List<Verdict>> wronglyTaken() {
        Map<String, List<Verdict>> byRule = new TreeMap<>();
        for (Verdict verdict : verdicts) {
            if (verdict.classification().isCgt() && !verdict.modalityAgrees()) {
                byRule.computeIfAbsent(verdict.rule(), key -> new ArrayList<>()).add(verdict);
            }
        }
        return byRule;
    }

    /** Per deciding rule ({@link #NO_RULE} when none matched), the CGT trials it left as not CGT. */
    public Map<String, List<Verdict>> missed() {
        Map<String, List<Verdict>> byRule = new TreeMap<>();
        for (Verdict verdict : verdicts) {
            if (verdict.label().isCgt() && !verdict.classification().isCgt()) {
                byRule.computeIfAbsent(verdict.rule(), key -> new ArrayList<>()).add(verdict);
            }
        }
        return byRule;
    }
}
