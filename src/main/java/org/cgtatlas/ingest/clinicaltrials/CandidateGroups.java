package org.cgtatlas.ingest.clinicaltrials;

import java.util.List;

/**
 * Which of the classifier's rule groups are worth trying on a trial, worked out from its fields' scans at once: those
 * one of whose needed literals a scan found, and those that need none. A trial that names nothing the rules look for,
 * the usual one, then costs no walk over the groups at all. Immutable.
 */
final class CandidateGroups {

    private final int words;
    /** Per literal index, the groups that need it, as a bit set by group index (null: none). */
    private final long[][] byLiteral;
    /** The groups that may match any text. */
    private final long[] always;

    /** @param searches the groups' searches, by group index */
    CandidateGroups(List<RuleSearch> searches, int literalCount) {
        words = (searches.size() + 63) / 64;
        byLiteral = new long[literalCount][];
        always = new long[words];
        for (int group = 0; group < searches.size(); group++) {
            int[] needed = searches.get(group).neededLiterals();
            if (needed == null) {
                always[group >>> 6] |= 1L << group;
                continue;
            }
            for (int literal : needed) {
                if (byLiteral[literal] == null) {
                    byLiteral[literal] = new long[words];
                }
                byLiteral[literal][group >>> 6] |= 1L << group;
            }
        }
    }

    /** The groups worth trying on these fields of a trial, as a bit set by group index. */
    long[] of(ScannedTrialTexts texts, TrialField[] fields) {
        long[] groups = always.clone();
        for (TrialField field : fields) {
            long[] found = texts.scan(field).found();
            for (int word = 0; word < found.length; word++) {
                for (long bits = found[word]; bits != 0; bits &= bits - 1) {
                    long[] needing = byLiteral[word * 64 + Long.numberOfTrailingZeros(bits)];
                    if (needing != null) {
                        for (int i = 0; i < words; i++) {
                            groups[i] |= needing[i];
                        }
                    }
                }
            }
        }
        return groups;
    }
}
