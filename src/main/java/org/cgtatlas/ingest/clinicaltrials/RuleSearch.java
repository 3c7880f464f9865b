package org.cgtatlas.ingest.clinicaltrials;

import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a rule's pattern in a lower-cased text as {@link Matcher#find()} would, but runs each top-level alternative
 * as a regex of its own, and only those whose {@link RequiredLiterals.Conjunction} the text satisfies: one short
 * regex instead of a dozen alternatives tried at every position. Of the alternatives' matches the leftmost wins, and
 * of those starting at the same place the earliest alternative, just as in the whole pattern.
 * <p>
 * A pattern whose alternatives are tied together (backreferences, inline flags) runs whole, behind the prefilter of
 * all its alternatives. Immutable; every call makes its own {@link Matcher}s, so it can be shared between threads.
 */
final class RuleSearch {

    private static final Pattern TIES_ALTERNATIVES = Pattern.compile("\\\\[1-9k]|\\(\\?[^:=!<]");

    private final List<Pattern> patterns;
    private final List<LiteralPrefilter> prefilters;
    /** Literals of which at least one occurs in every text the pattern matches; null: none is needed. */
    private final long[] anyNeeded;

    private RuleSearch(List<Pattern> patterns, List<LiteralPrefilter> prefilters) {
        this.patterns = List.copyOf(patterns);
        this.prefilters = List.copyOf(prefilters);
        long[] needed = new long[0];
        for (LiteralPrefilter prefilter : prefilters) {
            long[] ofAlternatives = prefilter.anyNeeded();
            if (ofAlternatives == null) {
                needed = null;
                break;
            }
            needed = or(needed, ofAlternatives);
        }
        this.anyNeeded = needed;
    }

    private static long[] or(long[] a, long[] b) {
        long[] both = java.util.Arrays.copyOf(a, Math.max(a.length, b.length));
        for (int i = 0; i < b.length; i++) {
            both[i] |= b[i];
        }
        return both;
    }

    /** @param literalIndex the index of a literal among those the classifier's scanner looks for */
    static RuleSearch of(Pattern pattern, ToIntFunction<String> literalIndex) {
        Optional<List<RequiredLiterals.Conjunction>> conjunctions = RequiredLiterals.conjunctions(pattern.pattern());
        if (conjunctions.isEmpty()) {
            return new RuleSearch(List.of(pattern), List.of(LiteralPrefilter.ALWAYS));
        }
        if (TIES_ALTERNATIVES.matcher(pattern.pattern()).find()) {
            return new RuleSearch(List.of(pattern), List.of(LiteralPrefilter.of(conjunctions.get(), literalIndex)));
        }
        List<Pattern> alternatives = RequiredLiterals.topLevelAlternatives(pattern.pattern()).stream()
                .map(alternative -> Pattern.compile(alternative, pattern.flags()))
                .toList();
        List<LiteralPrefilter> prefilters = conjunctions.get().stream()
                .map(conjunction -> LiteralPrefilter.of(List.of(conjunction), literalIndex))
                .toList();
        return new RuleSearch(alternatives, prefilters);
    }

    /**
     * @param firstOccurrences per literal of the classifier's scanner, where it first occurs in the text, or -1
     * @return the text the pattern matches first, or null
     */
    String find(String lowerCaseText, MultiLiteralScanner.Scan scan) {
        if (anyNeeded != null && !intersects(anyNeeded, scan.found())) {
            return null;
        }
        return find(lowerCaseText, scan.firstOccurrences());
    }

    private static boolean intersects(long[] needed, long[] found) {
        for (int i = 0; i < needed.length; i++) {
            if ((needed[i] & found[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    String find(String lowerCaseText, int[] firstOccurrences) {
        String found = null;
        int foundAt = Integer.MAX_VALUE;
        for (int i = 0; i < patterns.size(); i++) {
            if (prefilters.get(i).admits(firstOccurrences)) {
                Matcher matcher = patterns.get(i).matcher(lowerCaseText);
                if (matcher.find() && matcher.start() < foundAt) {
                    foundAt = matcher.start();
                    found = matcher.group();
                }
            }
        }
        return found;
    }
}
