package org.cgtatlas.ingest.clinicaltrials;

/**
 * A rule's {@link RequiredLiterals} as indices into the classifier's {@link MultiLiteralScanner}: the rule's regex
 * need only run on a text in which one of them occurs. A rule without required literals is always tried.
 */
final class LiteralPrefilter {

    static final LiteralPrefilter ALWAYS = new LiteralPrefilter(null);

    private final int[] literals;

    LiteralPrefilter(int[] literals) {
        this.literals = literals == null ? null : literals.clone();
    }

    /** @param firstOccurrences per scanned literal, where it first occurs in the text, or -1 */
    boolean admits(int[] firstOccurrences) {
        if (literals == null) {
            return true;
        }
        for (int literal : literals) {
            if (firstOccurrences[literal] >= 0) {
                return true;
            }
        }
        return false;
    }
}
