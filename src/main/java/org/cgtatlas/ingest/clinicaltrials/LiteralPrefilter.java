package org.cgtatlas.ingest.clinicaltrials;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A rule's {@link RequiredLiterals.Conjunction}s with literals as indices into the classifier's
 * {@link MultiLiteralScanner}: the rule's regex need only run on a text that satisfies one of them. A rule without
 * required literals is always tried.
 */
final class LiteralPrefilter {

    static final LiteralPrefilter ALWAYS = new LiteralPrefilter(null);

    /** Per alternative, per requirement, the literals of which one must occur; null: no requirement. */
    private final int[][][] alternatives;

    private LiteralPrefilter(int[][][] alternatives) {
        this.alternatives = alternatives;
    }

    /** Each conjunction's requirements are kept shortest literal first, so the last is the rarest to be met. */
    static LiteralPrefilter of(List<RequiredLiterals.Conjunction> conjunctions, ToIntFunction<String> literalIndex) {
        return new LiteralPrefilter(conjunctions.stream()
                .map(conjunction -> conjunction.oneOfEach().stream()
                        .sorted(Comparator.comparingInt(literals -> literals.stream().mapToInt(String::length).min().orElse(0)))
                        .map(literals -> literals.stream().mapToInt(literalIndex).toArray())
                        .toArray(int[][]::new))
                .toArray(int[][][]::new));
    }

    /**
     * Literals at least one of which occurs in every text this prefilter admits (the last, rarest requirement of each
     * of its alternatives); null when it admits every text.
     */
    int[] anyNeeded() {
        if (alternatives == null) {
            return null;
        }
        java.util.TreeSet<Integer> needed = new java.util.TreeSet<>();
        for (int[][] requirements : alternatives) {
            if (requirements.length == 0) {
                return null;
            }
            for (int literal : requirements[requirements.length - 1]) {
                needed.add(literal);
            }
        }
        return needed.stream().mapToInt(Integer::intValue).toArray();
    }

    boolean admits(MultiLiteralScanner.Scan scan) {
        if (alternatives == null) {
            return true;
        }
        for (int[][] requirements : alternatives) {
            if (allMet(requirements, scan)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allMet(int[][] requirements, MultiLiteralScanner.Scan scan) {
        for (int[] oneOf : requirements) {
            if (!anyOccurs(oneOf, scan)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyOccurs(int[] literals, MultiLiteralScanner.Scan scan) {
        for (int literal : literals) {
            if (scan.contains(literal)) {
                return true;
            }
        }
        return false;
    }
}
