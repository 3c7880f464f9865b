package org.cgtatlas.ingest.clinicaltrials;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * A rule's {@link RequiredLiterals.Conjunction}s, split for speed: the rarest requirement of each (its longest
 * literals) is looked for by the classifier's {@link MultiLiteralScanner}, as indices into its literals; the others
 * are checked in the lower-cased text only once the scan found that one. The rule's regex need only run on a text
 * that satisfies one conjunction. The scanner thus looks for few literals, and none of the short, common ones ("ad",
 * "cd", "al") that would stop it at almost every word. A rule without required literals is always tried.
 */
final class LiteralPrefilter {

    static final LiteralPrefilter ALWAYS = new LiteralPrefilter(null, null);

    /** Per conjunction, the literals of its rarest requirement, of which the scan must find one; null: none needed. */
    private final int[][] scanned;
    /** Per conjunction, its other requirements: the lower-cased text must contain one literal of each. */
    private final String[][][] checkedInText;

    private LiteralPrefilter(int[][] scanned, String[][][] checkedInText) {
        this.scanned = scanned;
        this.checkedInText = checkedInText;
    }

    /**
     * Each conjunction's requirements are ordered shortest literal first; the last, the rarest to be met, is the one
     * scanned for, and only its literals are given to {@code literalIndex}.
     */
    static LiteralPrefilter of(List<RequiredLiterals.Conjunction> conjunctions, ToIntFunction<String> literalIndex) {
        int[][] scanned = new int[conjunctions.size()][];
        String[][][] checkedInText = new String[conjunctions.size()][][];
        for (int i = 0; i < conjunctions.size(); i++) {
            List<List<String>> requirements = conjunctions.get(i).oneOfEach().stream()
                    .sorted(Comparator.comparingInt(literals -> literals.stream().mapToInt(String::length).min().orElse(0)))
                    .toList();
            if (requirements.isEmpty()) {
                return ALWAYS;
            }
            scanned[i] = requirements.get(requirements.size() - 1).stream().mapToInt(literalIndex).toArray();
            checkedInText[i] = requirements.subList(0, requirements.size() - 1).stream()
                    .map(literals -> literals.toArray(String[]::new))
                    .toArray(String[][]::new);
        }
        return new LiteralPrefilter(scanned, checkedInText);
    }

    /**
     * The scanned literals at least one of which occurs in every text this prefilter admits; null when it admits
     * every text.
     */
    int[] anyNeeded() {
        if (scanned == null) {
            return null;
        }
        TreeSet<Integer> needed = new TreeSet<>();
        Arrays.stream(scanned).forEach(literals -> Arrays.stream(literals).forEach(needed::add));
        return needed.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether one conjunction holds: its scanned requirement in the scan, the others in the lower-cased text. */
    boolean admits(MultiLiteralScanner.Scan scan, String lowerCaseText) {
        if (scanned == null) {
            return true;
        }
        for (int i = 0; i < scanned.length; i++) {
            if (anyScanned(scanned[i], scan) && allInText(checkedInText[i], lowerCaseText)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyScanned(int[] literals, MultiLiteralScanner.Scan scan) {
        for (int literal : literals) {
            if (scan.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allInText(String[][] requirements, String lowerCaseText) {
        for (String[] oneOf : requirements) {
            if (!anyInText(oneOf, lowerCaseText)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyInText(String[] literals, String lowerCaseText) {
        for (String literal : literals) {
            if (lowerCaseText.contains(literal)) {
                return true;
            }
        }
        return false;
    }
}
