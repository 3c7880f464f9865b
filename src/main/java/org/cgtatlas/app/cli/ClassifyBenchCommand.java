package org.cgtatlas.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.cgtatlas.ingest.clinicaltrials.CgtClassifier;
import org.cgtatlas.ingest.clinicaltrials.ClassifierScore;
import org.cgtatlas.ingest.clinicaltrials.ExportedTrial;
import org.cgtatlas.ingest.clinicaltrials.RegistryExports;
import org.cgtatlas.ingest.clinicaltrials.TrialLabel;
import org.cgtatlas.ingest.clinicaltrials.LabelledTrials;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cgt-atlas bench classify EXPORT...}: classifies the trials of registry exports and compares the verdicts with
 * hand labels (the bundled benchmark of docs/trial-labelling.md unless {@code --labels} names another table); prints
 * precision and recall of CGT vs not CGT, modality accuracy, a confusion table, each rule's wrong takes and misses,
 * and how many trials a second the classifier gets through.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Scores the trial classifier on hand-labelled trials of the given exports and times it.")
public final class ClassifyBenchCommand implements Callable<Integer> {

    /** Written after each timed run so the JIT cannot drop classifications whose results nothing reads. */
    private static volatile long classifiedCgt;
    /** The speed issue 17 asks for, in trials a second. */
    private static final int GOAL = 300_000;
    /** Warm-up runs end when one is no more than this much faster than the one before it, or after the most of them. */
    private static final double STILL_WARMING = 1.03;
    private static final int MOST_WARM_UP_RUNS = 10;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "EXPORT", description = "ClinicalTrials.gov exports holding the labelled trials.")
    private List<Path> exports;

    @Option(names = "--labels", paramLabel = "CSV",
            description = "Table of labelled trials (nct_id, cgt, modality, confidence, reason); default: the bundled benchmark.")
    private Path labelsFile;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs; the median is shown (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, TrialLabel> labels = labels();
        List<ExportedTrial> trials = new ArrayList<>();
        for (Path export : exports) {
            trials.addAll(RegistryExports.readTrials(export));
        }
        CgtClassifier classifier = CgtClassifier.standard();
        ClassifierScore score = ClassifierScore.of(labels, trials, classifier);
        printScore(out, score);
        printSpeed(out, classifier, trials);
        out.flush();
        return 0;
    }

    private Map<String, TrialLabel> labels() throws IOException {
        if (labelsFile == null) {
            return LabelledTrials.bundled();
        }
        try (InputStream in = Files.newInputStream(labelsFile)) {
            return LabelledTrials.read(in, labelsFile.toString());
        }
    }

    private static void printScore(PrintWriter out, ClassifierScore score) {
        long labelled = score.verdicts().size();
        out.printf(Locale.ROOT, "Labelled trials found in the exports: %d (%d CGT, %d not CGT)%n", labelled,
                score.labelledCgt(), labelled - score.labelledCgt());
        if (!score.unmatchedLabels().isEmpty()) {
            out.printf("Labelled trials in none of the exports (not scored): %d, e.g. %s%n", score.unmatchedLabels().size(),
                    score.unmatchedLabels().get(0));
        }
        out.printf(Locale.ROOT, "CGT vs not CGT: precision %.3f (%d of %d taken), recall %.3f (%d of %d found)%n",
                score.precision(), score.truePositives(), score.truePositives() + score.falsePositives(),
                score.recall(), score.truePositives(), score.labelledCgt());
        out.printf(Locale.ROOT, "Modality accuracy on CGT trials: %.3f (a missed trial counts as wrong)%n", score.modalityAccuracy());
        printConfusion(out, score.confusion());
        out.println("Trials each rule wrongly takes (classified CGT, label differs):");
        printByRule(out, score.wronglyTaken());
        out.println("CGT trials each rule misses (left as not CGT by that rule, or by no rule):");
        printByRule(out, score.missed());
    }

    private static void printConfusion(PrintWriter out, Map<String, Map<String, Integer>> confusion) {
        TreeSet<String> columns = new TreeSet<>();
        confusion.values().forEach(row -> columns.addAll(row.keySet()));
        int width = Math.max(12, confusion.keySet().stream().mapToInt(String::length).max().orElse(0) + 1);
        out.println("Confusion table (rows: label, columns: classified as):");
        out.printf("  %-" + width + "s", "");
        List<String> shortColumns = new ArrayList<>();
        for (String column : columns) {
            String shortName = column.length() > 10 ? column.substring(0, 10) : column;
            shortColumns.add(shortName);
            out.printf(" %10s", shortName);
        }
        out.println();
        for (Map.Entry<String, Map<String, Integer>> row : confusion.entrySet()) {
            out.printf("  %-" + width + "s", row.getKey());
            for (String column : columns) {
                int count = row.getValue().getOrDefault(column, 0);
                out.printf(" %10s", count == 0 ? "." : Integer.toString(count));
            }
            out.println();
        }
    }

    private static void printByRule(PrintWriter out, Map<String, List<ClassifierScore.Verdict>> byRule) {
        if (byRule.isEmpty()) {
            out.println("  none");
        }
        for (Map.Entry<String, List<ClassifierScore.Verdict>> rule : byRule.entrySet()) {
            out.printf("  %s (%d)%n", rule.getKey(), rule.getValue().size());
            for (ClassifierScore.Verdict verdict : rule.getValue()) {
                TrialLabel label = verdict.label();
                out.printf("    %s labelled %s, classified %s%s — %s%n", label.nctId(),
                        label.isCgt() ? label.modality().label() : "Not CGT", verdict.classification().modalityLabel(),
                        verdict.classification().matchedText().isEmpty() ? ""
                                : " (" + verdict.classification().field() + ": \"" + verdict.classification().matchedText() + "\")",
                        label.reason());
            }
        }
    }

    /**
     * Classifies every trial of the exports over and over, at least a second a run, and prints the median rates.
     * Runs first until the speed stops rising: on a busy machine the JIT compiler may need several seconds, and what
     * is timed is the speed of a long import.
     */
    private void printSpeed(PrintWriter out, CgtClassifier classifier, List<ExportedTrial> trials) {
        if (trials.isEmpty()) {
            return;
        }
        int warmUpRuns = 1;
        double last = timedRun(classifier, trials)[1];
        while (warmUpRuns < MOST_WARM_UP_RUNS) {
            double rate = timedRun(classifier, trials)[1];
            warmUpRuns++;
            if (rate <= last * STILL_WARMING) {
                break;
            }
            last = rate;
        }
        List<double[]> rates = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            rates.add(timedRun(classifier, trials));
        }
        rates.sort(Comparator.comparingDouble(rate -> rate[0]));
        double[] median = rates.get(rates.size() / 2);
        out.printf(Locale.ROOT, "Classification speed: %,.0f trials/s of wall time, %,.0f per second of the thread's CPU time "
                + "(goal: at least %,d; median of %d runs over the %,d trials of the exports, after %d warm-up runs; load "
                + "average %.1f on %d processors: on a shared machine the CPU figure is the steadier one)%n", median[0],
                median[1], GOAL, runs, trials.size(), warmUpRuns,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    }

    /** Trials a second of wall time and of this thread's CPU time. */
    private static double[] timedRun(CgtClassifier classifier, List<ExportedTrial> trials) {
        long classified = 0;
        long cgt = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long elapsed;
        do {
            for (ExportedTrial trial : trials) {
                cgt += classifier.classify(trial.trial(), trial.details()).isCgt() ? 1 : 0;
            }
            classified += trials.size();
            elapsed = System.nanoTime() - start;
        } while (elapsed < 1_000_000_000L);
        classifiedCgt = cgt;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        return new double[] {classified / (elapsed / 1e9), classified / (cpu / 1e9)};
    }
}
